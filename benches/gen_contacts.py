#!/usr/bin/env python3
"""Generates the benchmark data: PERSONS persons and CONTACTS contacts for them, as CSV.

usage: gen_contacts.py DIR [CONTACTS] [PERSONS] [--persons-from CSV COLUMN]
Writes DIR/persons.csv (external_id,name) and DIR/contacts.csv (the columns of
`custctl contact import`). Deterministic (fixed seed), so runs compare.
With --persons-from, the contacts are for the external ids in COLUMN of CSV instead (e.g.
the people fixture: --persons-from people-1000.csv 'User Id'), and no persons.csv is written.
"""
import csv
import os
import random
import sys

args = sys.argv[1:]
source = None
if "--persons-from" in args:
    i = args.index("--persons-from")
    source = (args[i + 1], args[i + 2])
    del args[i:i + 3]
out = args[0]
contacts = int(args[1]) if len(args) > 1 else 1_000_000
persons = int(args[2]) if len(args) > 2 else 100_000
rng = random.Random(42)
os.makedirs(out, exist_ok=True)

if source:
    with open(source[0], newline="", encoding="utf-8-sig") as f:
        ids = [row[source[1]] for row in csv.DictReader(f)]
    persons = len(ids)
    person_id = lambda p: ids[p - 1]
else:
    person_id = lambda p: f"P{p:07d}"
    with open(os.path.join(out, "persons.csv"), "w", newline="") as f:
        f.write("external_id,name\n")
        for i in range(1, persons + 1):
            f.write(f"P{i:07d},Person {i}\n")

methods = ["phone", "email", "web", "postal", "sms"]
directions = ["inbound", "outbound"]
types = ["QUESTION", "COMPLAINT", "PAYMENT"]
comments = ["Asked about the last bill", "Wants a payment plan", "Moved house",
            "Called back, \"all fine\"", "Disputes a late fee, see letter"]
with open(os.path.join(out, "contacts.csv"), "w", newline="") as f:
    f.write("external_id,person_external_id,class,type,method,direction,contacted_at,user,comment,open\n")
    buf = []
    for i in range(1, contacts + 1):
        p = rng.randint(1, persons)
        day = 1 + (i * 7919) % 28
        month = 1 + (i * 104729) % 12
        secs = (i * 7) % 86400
        ts = f"2025-{month:02d}-{day:02d}T{secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}Z"
        c = comments[i % len(comments)]
        if '"' in c or ',' in c:
            c = '"' + c.replace('"', '""') + '"'
        buf.append(f"K{i:08d},{person_id(p)},BILLING,{types[i % 3]},{methods[i % 5]},"
                   f"{directions[i % 2]},{ts},agent{i % 50},{c},{'true' if i % 10 == 0 else 'false'}\n")
        if len(buf) >= 10000:
            f.writelines(buf)
            buf.clear()
    f.writelines(buf)
