#!/usr/bin/env python3
"""Generates the benchmark data: PERSONS persons and CONTACTS contacts for them, as CSV.

usage: gen_contacts.py DIR [CONTACTS] [PERSONS]
Writes DIR/persons.csv (external_id,name) and DIR/contacts.csv (the columns of
`custctl contact import`). Deterministic (fixed seed), so runs compare.
"""
import os
import random
import sys

out = sys.argv[1]
contacts = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
persons = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
rng = random.Random(42)
os.makedirs(out, exist_ok=True)

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
        buf.append(f"K{i:08d},P{p:07d},BILLING,{types[i % 3]},{methods[i % 5]},"
                   f"{directions[i % 2]},{ts},agent{i % 50},{c},{'true' if i % 10 == 0 else 'false'}\n")
        if len(buf) >= 10000:
            f.writelines(buf)
            buf.clear()
    f.writelines(buf)
