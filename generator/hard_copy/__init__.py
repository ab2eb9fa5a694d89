"""Printed materials made from the same data as the site: PDFs drawn by WeasyPrint from the generator's
templates (``templates/print/``), tagged for screen readers (PDF/UA-1), with QR codes to the pages online.

So far: the Start for Life booklet on A4 (``booklet``), written by ``python -m generator print``. Still to
come: the A5 and large-print booklets, posters per venue, leaflets per theme, booklets per area,
and the ``/print/`` page that publishes them with the site.
"""
