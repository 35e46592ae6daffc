import factory
from wagtail.models import Locale

from glossary.models import GlossaryTerm


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Begrip {n}")
    slug = factory.Sequence(lambda n: f"begrip-{n}")
    definition = "Een korte uitleg."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = GlossaryTerm


def term_translate(source: GlossaryTerm, /, *, language_code: str, **fields) -> GlossaryTerm:
    """The term's translation, as wagtail-localize makes it (copy_for_translation)."""
    translation = source.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
