"""Nothing runs off the page: every letter of every PDF lies inside its page, at least 5 mm from each edge,
where a home printer or a print shop's trimming would cut it (the boxes pdfium finds for each letter)."""

from __future__ import annotations

import pypdfium2

PRINTABLE_INSET = 5 * 72 / 25.4  # 5 mm, in points


def letters_off_the_page(pdf: bytes) -> list[tuple[int, str]]:
    document = pypdfium2.PdfDocument(pdf)
    off = []
    for number in range(len(document)):
        page = document[number]
        left, bottom, right, top = page.get_mediabox()
        text = page.get_textpage()
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if not char.strip():
                continue
            box_left, box_bottom, box_right, box_top = text.get_charbox(index)
            if (box_left < left + PRINTABLE_INSET or box_right > right - PRINTABLE_INSET
                    or box_bottom < bottom + PRINTABLE_INSET or box_top > top - PRINTABLE_INSET):
                off.append((number + 1, char))
    return off


def test_every_letter_of_every_pdf_is_well_inside_its_page(printed) -> None:
    off = {file: found[:5] for file, pdf in printed.pdfs.items() if (found := letters_off_the_page(pdf.content))}
    assert off == {}


def test_the_check_finds_a_letter_off_the_page() -> None:
    from generator.hard_copy.pdf import pdf_from_html

    pdf = pdf_from_html('<html lang="en"><title>t</title><style>@page { size: A5; margin: 0 }</style>'
                        '<p style="margin-left: 140mm; white-space: nowrap">Overflowing</p>')
    assert letters_off_the_page(pdf)
