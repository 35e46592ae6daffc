from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from wagtail.models import Locale

from glossary.selectors import glossary_letters, glossary_list


def glossary_index(request: HttpRequest) -> HttpResponse:
    """The glossary in the reader's language, by letter. The same for every visitor."""
    letters = glossary_letters(glossary_list(locale=Locale.get_active()))
    return TemplateResponse(request, "glossary/glossary.html", {"letters": letters})
