"""Printed materials made from the same data as the site: PDFs drawn by WeasyPrint from the generator's
templates (``templates/print/``), tagged for screen readers (PDF/UA-1), with QR codes to the pages online.

- ``booklet``: the Start for Life booklet, on A5 for a print shop and enlarged to A4 as large print (per
  area when the site splits the offer by area);
- ``poster``: a poster for each venue, on A4 and A3;
- ``leaflet``: a leaflet for each theme, on A4 (per theme and area when split);
- ``documents``: what each document is (``Printed``) and the files made from it; ``all_documents``: them all;
- ``pdf``: WeasyPrint and the QR codes; ``press``: the PDFs, made in parallel and kept while unchanged;
  ``render/print_page.py`` lists them at ``/print/``.
"""
