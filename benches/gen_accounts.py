#!/usr/bin/env python3
"""Generates accounts and instruments for the persons of gen_contacts.py, as CSV.

usage: gen_accounts.py DIR ACCOUNTS INSTRUMENTS
Writes DIR/accounts.csv (number,name,person_external_id,currency,status: account i belongs to
person P{i}, so ACCOUNTS must not exceed the persons generated) and DIR/instruments.csv
(external_id,account,iban,currency,holder: one German IBAN, checksum-valid, on each of the
first INSTRUMENTS accounts; bank accounts, not cards, so that the reference `.import` stores
no card number). Deterministic, so runs compare.
"""
import os
import sys

out, accounts, instruments = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(out, exist_ok=True)


def iban(n):
    bban = f"37040044{n:010d}"
    # DE: D=13, E=14; check digits 98 - (BBAN + country + 00) mod 97.
    check = 98 - int(bban + "131400") % 97
    return f"DE{check:02d}{bban}"


with open(os.path.join(out, "accounts.csv"), "w") as f:
    f.write("number,name,person_external_id,currency,status\n")
    f.writelines(f"A{i:08d},Account {i},P{i:07d},EUR,active\n" for i in range(1, accounts + 1))
with open(os.path.join(out, "instruments.csv"), "w") as f:
    f.write("external_id,account,iban,currency,holder\n")
    f.writelines(
        f"I{i:08d},A{i:08d},{iban(i)},EUR,Holder {i}\n"
        for i in range(1, min(instruments, accounts) + 1)
    )
