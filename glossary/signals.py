"""Thin doors: a saved or deleted glossary term clears the cached expansions."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from glossary.models import GlossaryTerm
from glossary.services import glossary_cache_clear


@receiver(post_save, sender=GlossaryTerm, dispatch_uid="glossary_saved")
@receiver(post_delete, sender=GlossaryTerm, dispatch_uid="glossary_deleted")
def glossary_term_changed(**kwargs) -> None:
    glossary_cache_clear()
