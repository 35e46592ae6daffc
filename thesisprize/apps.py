from django.apps import AppConfig


class ThesisPrizeConfig(AppConfig):
    name = "thesisprize"
    verbose_name = "Thesis prize"
