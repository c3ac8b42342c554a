#!/usr/bin/env python3
"""Makes Tests/Fixtures/import/messy.xlsx and messy.ods: the CNIL model as a DPO fills it in,
with every messy case `ropa import` must take (Tests/RopaKitTests/WorkbookImportTests.swift).

The generated files are committed; CI never runs this script. To regenerate:

    pip install openpyxl==3.1.5; apt-get install -y libreoffice-calc
    python3 Tests/Fixtures/import/make-messy-workbook.py

Starts from the LibreOffice .xlsx of the CNIL's own workbook (Tests/Fixtures/spreadsheets/), copies
its model fiche twice (renamed freely, as DPOs do) and fills them in; then LibreOffice converts
the result to .ods.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "spreadsheets", "libreoffice", "registre-traitement-simplifie.xlsx")
PLACEHOLDER = "Sélectionnez un élément dans cette liste déroulante ►"

wb = openpyxl.load_workbook(SOURCE)
model = wb["3_-_Modèle_de_fiche_de_registre"]

# Sheet 2: the header, with a postal code stored as a number, and the list of treatments.
liste = wb["2_-_Liste_des_traitements"]
liste["C1"] = "MARTIN"          # Nom :
liste["E1"] = "Julie"           # Prénom :
liste["G1"] = "12 rue des Lilas"
liste["I1"] = "contact@exemple.fr"
liste["C2"] = 4000              # Code postal : stored as a number (04000)
liste["E2"] = "Digne-les-Bains"
liste["G2"] = "04 92 00 00 00"
liste["C5"] = "DUVAL"           # DPO
liste["E5"] = "Paul"
liste["G5"] = "DPO Conseil SARL"  # Société (si DPO externe)
liste["I5"] = "3 avenue Foch"
liste["C6"] = 75016
liste["E6"] = "Paris"
liste["I6"] = "dpo@dpo-conseil.fr"
rows = [
    ("Paie et RH", "T-01", datetime.datetime(2019, 3, 1), "01/06/2025", "Paie", "Non"),
    ("Prospection", "T-02", "2020-01-15", "15/01/26", "Prospection commerciale", "Non"),
    ("Vidéosurveillance", "T-03", "01/02/2021", "01/02/2021", "Sécurité des locaux", "Non"),  # listed, no fiche
]
for index, row in enumerate(rows):
    for column, value in zip("ABCDEH", row):
        liste[f"{column}{10 + index}"] = value

def fiche(title, name, reference, created, updated):
    sheet = wb.copy_worksheet(model)
    sheet.title = title
    sheet["B4"] = name
    sheet["B5"] = reference
    sheet["B6"] = created
    sheet["B7"] = updated
    return sheet

# A fiche renamed with spaces and accents; dates as a date cell and as short text.
paie = fiche("Paie et RH (fiche é)", "Paie et RH", "T-01", datetime.datetime(2019, 3, 1), "01/06/25")
paie["B10"], paie["C10"], paie["D10"], paie["E10"], paie["F10"] = "Exemple SARL", "12 rue des Lilas", 4000, "Digne-les-Bains", "France"
paie["H10"] = "contact@exemple.fr"
paie["B17"] = "Gestion de la paie"
paie["B18"] = "Déclarations sociales\nVirement des salaires"      # two values in one cell
paie["B25"], paie["E25"] = "Nom, prénom, adresse", "durée du contrat + 5 ans"
paie["B27"], paie["E27"] = "RIB, salaire", "5 ans à compter du versement de la paie"
paie["B30"], paie["E30"] = "NIR des salariés", "Jusqu'à la fin de la carrière du salarié"  # kept in words
paie["B44"], paie["E44"] = "Salariés", "CDI et CDD"
paie["B45"] = PLACEHOLDER                                          # nothing chosen
paie["B48"], paie["E48"] = "Service interne qui traite les données", "Service RH"
paie["B49"], paie["E49"] = "Sous-traitant", "Cabinet d'expertise comptable"  # near miss of "Sous-traitants"
paie["B54"] = "Contrôle d'accès des utilisateurs"
paie["E54"] = "Mot de passe individuel"
paie["K25"] = "revoir avec la DRH"                                  # a cell outside the model: a note

# A second fiche, one transfer with an unknown country and one to the US.
prospection = fiche("Prospection", "Prospection", "T-02", "2020-01-15", datetime.datetime(2026, 1, 15))
prospection["B10"] = "Exemple SARL"
prospection["B17"] = "Prospection commerciale par courriel"
prospection["B25"], prospection["E25"] = "Nom, adresse électronique", "3 ans à compter du dernier contact"
prospection["B44"] = "Prospects"
prospection["B48"], prospection["E48"] = "Sous-traitants", "Routeur de courriels"
prospection["B54"] = "Chiffrement des données"
prospection["B59"], prospection["C59"], prospection["D59"] = "Mailer Inc.", "Etats-Unis", "Clauses contractuelles types (CCT)"
prospection["F59"] = "CCT signées le 10/03/2022"
prospection["B60"], prospection["C60"], prospection["D60"] = "Partenaire lointain", "Atlantide", "Pays adéquat"

# A fiche filled but absent from the list of treatments.
cookies = fiche("Cookies", "Mesure d'audience", "T-04", "2022-05-01", "2022-05-01")
cookies["B10"] = "Exemple SARL"
cookies["B17"] = "Mesure d'audience du site"
cookies["B28"], cookies["E28"] = "Adresse IP, identifiant de traceur", "13 mois à compter de la collecte"
cookies["B44"] = "Autres (préciser)"
cookies["E44"] = "Visiteurs du site"

out = os.path.join(HERE, "messy.xlsx")
wb.save(out)

with tempfile.TemporaryDirectory() as work:
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "ods",
                        "--outdir", work, out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    shutil.move(os.path.join(work, "messy.ods"), os.path.join(HERE, "messy.ods"))
print("wrote messy.xlsx and messy.ods")
