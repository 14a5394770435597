"""Serializer fields for ``api_fields`` on the page models (Wagtail's ``pages/`` endpoint)."""

from rest_framework import serializers

from .common import rich_text


class RichTextAPIField(serializers.Field):
    """Rich text as HTML with internal links resolved to real URLs."""

    def to_representation(self, value):
        return rich_text(value)


class TermsAPIField(serializers.Field):
    """A many-to-many to terms as a list of their stable codes or slugs."""

    def __init__(self, key: str, **kwargs):
        self.key = key
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return getattr(instance, self.source or self.field_name).all()

    def to_representation(self, value):
        return [getattr(item, self.key) for item in value]


class TermAPIField(serializers.Field):
    """A foreign key to a term as ``{slug, name}``."""

    def to_representation(self, value):
        return {"slug": value.slug, "name": value.name} if value else None


class GuidingGoalsAPIField(serializers.Field):
    def get_attribute(self, instance):
        return instance.guiding_goals.all()

    def to_representation(self, value):
        return [
            {
                "id": str(goal.translation_key),
                "number": goal.number,
                "title": goal.title,
                "description": goal.description,
                "is_example": goal.is_example,
                "sub_goals": [
                    {
                        "id": str(sub.translation_key),
                        "title": sub.title,
                        "description": sub.description,
                    }
                    for sub in goal.sub_goals.all()
                ],
            }
            for goal in value
        ]


class GoalKeysAPIField(serializers.Field):
    def get_attribute(self, instance):
        return instance.guiding_goals.all()

    def to_representation(self, value):
        return [str(goal.translation_key) for goal in value]
