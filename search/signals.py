"""A promoted result's change shows in the next search: the promotions kept between requests
(`search.selectors.search_promotion_list`, core.fragments) are forgotten."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from core.fragments import shared_fragments_purge


@receiver(post_save, sender=SearchPromotion, dispatch_uid="search_promotion_saved")
@receiver(post_delete, sender=SearchPromotion, dispatch_uid="search_promotion_deleted")
@receiver(post_delete, sender=Query, dispatch_uid="search_promotion_query_deleted")
def promotions_forget(sender, **kwargs) -> None:
    shared_fragments_purge()
