#!/usr/bin/env python3
"""Write a LinkedIn Connections.csv of N connections, deterministically.

    python3 gen_linkedin.py --n 30000 --seed 1 > Connections.csv

The shape of LinkedIn's "Get a copy of your data" export: a Notes preamble,
the header, quoted fields with commas, empty e-mails for most people (as
LinkedIn only exports those who allow it), dates like "12 Jan 2023".
"""
import argparse
import csv
import random
import sys

FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Niccolò", "Chiara", "Andrea", "Sara", "Matteo", "Elena",
         "James", "Emma", "Oliver", "Sophie", "Harry", "Grace", "Jack", "Lucy", "Paolo", "Beatrice"]
LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "D'Angelo", "Conti", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Gallo", "Fontana"]
COMPANIES = ["Studio Legale Conti", "Rossi & Partners, Srl", "Acme Ltd", "Fontana Web Agency", "Banca Sella",
             "Gallo Meccanica Srl", "Evans Digital", "Bianchi Assicurazioni", "Freelance", ""]
ROLES = ["Avvocato", "CEO", "Marketing Manager", "Sviluppatore", "Commercialista", "Sales Director, EMEA",
         "Founder", "HR Business Partner", "Architetto", ""]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    out.write("Notes:\n")
    out.write('"When exporting your connection data, you may notice that some of the email addresses are missing."\n')
    out.write("\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
    for i in range(args.n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        slug = f"{first}-{last}-{i}".lower().replace("'", "").replace("ò", "o")
        email = f"{slug}@example.com" if rng.random() < 0.3 else ""
        date = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2012, 2026)}"
        w.writerow([first, last, f"https://www.linkedin.com/in/{slug}", email, rng.choice(COMPANIES), rng.choice(ROLES), date])


if __name__ == "__main__":
    main()
