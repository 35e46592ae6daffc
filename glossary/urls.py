from django.urls import path
from django.utils.translation import gettext_lazy as _

from glossary import views

urlpatterns = [
    path(_("glossary/"), views.glossary_index, name="glossary"),
]
