"""Lets a network page show its closed areas per visitor without `networks` importing us."""

from django import template

from accounts.selectors import NetworkClosedAreas, network_closed_areas

register = template.Library()


@register.simple_tag(takes_context=True)
def closed_areas_for(context, network) -> NetworkClosedAreas:
    """`{% closed_areas_for page as closed_areas %}`: which areas exist, which to link."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None:
        return NetworkClosedAreas()
    return network_closed_areas(network=network, user=user)
