"""Factories for thesis prize calls (see core.factories)."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from thesisprize.models import ThesisCallPage


class ThesisCallPageFactory(wagtail_factories.PageFactory):
    """A live call under a network page (pass `parent=`), open for a month by default."""

    title = factory.Sequence(lambda n: f"Scriptieprijs {n}")
    intro = "Laatstejaarsstudenten met een scriptie over MVO dingen mee."
    deadline = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))

    class Meta:
        model = ThesisCallPage
