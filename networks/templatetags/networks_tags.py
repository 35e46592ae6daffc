"""Lets theme pages list the projects tagged with them."""

from django import template

from networks.selectors import project_list_for_theme

register = template.Library()


@register.inclusion_tag("networks/includes/project_list.html", takes_context=True)
def projects_for_theme(context, theme):
    request = context.get("request")
    page_number = request.GET.get("page") if request is not None else None
    return {
        "projects": project_list_for_theme(theme=theme, page_number=page_number),
        "request": request,
    }
