"""Seeds the languages offers are commonly held in (ISO 639-1)."""

from django.db import migrations

# code, German name, English name, native name, direction
LANGUAGES = [
    ("de", "Deutsch", "German", "Deutsch", "ltr"),
    ("en", "Englisch", "English", "English", "ltr"),
    ("ar", "Arabisch", "Arabic", "العربية", "rtl"),
    ("fa", "Persisch (Farsi, Dari)", "Persian (Farsi, Dari)", "فارسی", "rtl"),
    ("tr", "Türkisch", "Turkish", "Türkçe", "ltr"),
    ("ru", "Russisch", "Russian", "Русский", "ltr"),
    ("uk", "Ukrainisch", "Ukrainian", "Українська", "ltr"),
    ("fr", "Französisch", "French", "Français", "ltr"),
    ("es", "Spanisch", "Spanish", "Español", "ltr"),
    ("it", "Italienisch", "Italian", "Italiano", "ltr"),
    ("pt", "Portugiesisch", "Portuguese", "Português", "ltr"),
    ("pl", "Polnisch", "Polish", "Polski", "ltr"),
    ("ro", "Rumänisch", "Romanian", "Română", "ltr"),
    ("bg", "Bulgarisch", "Bulgarian", "Български", "ltr"),
    ("el", "Griechisch", "Greek", "Ελληνικά", "ltr"),
    ("nl", "Niederländisch", "Dutch", "Nederlands", "ltr"),
    ("sq", "Albanisch", "Albanian", "Shqip", "ltr"),
    ("sr", "Serbisch", "Serbian", "Српски", "ltr"),
    ("hr", "Kroatisch", "Croatian", "Hrvatski", "ltr"),
    ("bs", "Bosnisch", "Bosnian", "Bosanski", "ltr"),
    ("mk", "Mazedonisch", "Macedonian", "Македонски", "ltr"),
    ("hu", "Ungarisch", "Hungarian", "Magyar", "ltr"),
    ("cs", "Tschechisch", "Czech", "Čeština", "ltr"),
    ("ku", "Kurdisch (Kurmandschi)", "Kurdish (Kurmanji)", "Kurdî", "ltr"),
    ("ckb", "Kurdisch (Sorani)", "Kurdish (Sorani)", "کوردی", "rtl"),
    ("ps", "Paschtu", "Pashto", "پښتو", "rtl"),
    ("ur", "Urdu", "Urdu", "اردو", "rtl"),
    ("he", "Hebräisch", "Hebrew", "עברית", "rtl"),
    ("ti", "Tigrinya", "Tigrinya", "ትግርኛ", "ltr"),
    ("am", "Amharisch", "Amharic", "አማርኛ", "ltr"),
    ("so", "Somali", "Somali", "Soomaali", "ltr"),
    ("sw", "Swahili", "Swahili", "Kiswahili", "ltr"),
    ("hi", "Hindi", "Hindi", "हिन्दी", "ltr"),
    ("bn", "Bengalisch", "Bengali", "বাংলা", "ltr"),
    ("ta", "Tamil", "Tamil", "தமிழ்", "ltr"),
    ("zh", "Chinesisch", "Chinese", "中文", "ltr"),
    ("vi", "Vietnamesisch", "Vietnamese", "Tiếng Việt", "ltr"),
    ("ka", "Georgisch", "Georgian", "ქართული", "ltr"),
    ("hy", "Armenisch", "Armenian", "Հայերեն", "ltr"),
    ("az", "Aserbaidschanisch", "Azerbaijani", "Azərbaycan", "ltr"),
]


def seed(apps, schema_editor):
    Language = apps.get_model("integration", "Language")
    for code, name_de, name_en, native_name, direction in LANGUAGES:
        Language.objects.update_or_create(
            code=code,
            defaults={
                "name_de": name_de,
                "name_en": name_en,
                "native_name": native_name,
                "direction": direction,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("integration", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
