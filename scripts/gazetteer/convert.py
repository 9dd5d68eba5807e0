"""Converts the data files of the vietnamadminunits wheel into the files
hoigraph's gazetteer package reads (see gazetteer/gazetteer.go):

  units-before-2025-07.json  63 provinces > 696 districts > communes, until 30 June 2025
  units-from-2025-07.json    34 provinces > communes, from 1 July 2025
  mapping-2025-07.json       which old units each new one was formed from
  LICENSE                    the package's licence

Usage: convert.py WHEEL OUTDIR. Standard library only. Every name is NFC;
a unit's full name is its kind and its short name, so that the package's
odd capitals ("Thành Phố Bắc Kạn") do not reach the graph. Any key of the
mapping that names no unit is an error: a silent gap would be a unit with
no successor.
"""

import json
import os
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile


def nfc(s):
    return unicodedata.normalize("NFC", s.strip()) if s else s


def kind_of_province(full):
    return "Thành phố" if full.startswith("Thành phố") else "Tỉnh"


def aliases(raw):
    if not raw:
        return []
    return [a for a in json.loads(raw) if a]


def unit(code, kind, short, lat, lon, alias=None, area=None):
    kind, short = nfc(kind), nfc(short)
    # The package's short name of a numbered unit keeps its kind ("Quận 3",
    # "Phường 1"); the name without the kind is the number.
    rest = short[len(kind):].strip()
    if short.lower().startswith(kind.lower() + " ") and rest.isdigit():
        short = rest
    u = {"Code": code, "FullName": kind + " " + short, "Kind": kind, "Name": short}
    if lat is not None and lon is not None:
        u["Lat"], u["Lon"] = round(lat, 6), round(lon, 6)
    if area is not None:
        u["AreaKm2"] = area
    if alias:
        u["Aliases"] = alias
    return u


def main(wheel, out):
    with zipfile.ZipFile(wheel) as z:
        names = {n.split("/data/")[-1]: n for n in z.namelist() if "/data/" in n}
        lic = [n for n in z.namelist() if n.endswith("LICENSE")]
        with tempfile.TemporaryDirectory() as tmp:
            db_path = z.extract(names["dataset.db"], tmp)
            converter = json.loads(z.read(names["converter_2025.json"]).decode("utf-8"))
            if lic:
                with open(os.path.join(out, "LICENSE"), "wb") as f:
                    f.write(z.read(lic[0]))
            con = sqlite3.connect(db_path)
            con.row_factory = sqlite3.Row
            legacy = con.execute("SELECT * FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode").fetchall()
            current = con.execute("SELECT * FROM admin_units ORDER BY provinceCode, wardCode").fetchall()
            con.close()

    # Before July 2025: province > district > commune. Five island districts
    # have no communes (their ward columns are empty).
    provinces, districts = {}, {}
    old_keys = {}  # the converter's "provinceKey_districtKey_wardKey" > (level, code)
    old_province_keys = {}
    for r in legacy:
        pc = r["provinceCode"]
        if pc not in provinces:
            full = nfc(r["province"])
            provinces[pc] = unit(pc, kind_of_province(full), r["provinceShort"], r["provinceLat"], r["provinceLon"],
                                 aliases(r["provinceAlias"]))
            provinces[pc]["District"] = []
            old_province_keys[r["provinceKey"]] = pc
        dc = r["districtCode"]
        if dc not in districts:
            d = unit(dc, r["districtType"], r["districtShort"], r["districtLat"], r["districtLon"], aliases(r["districtAlias"]))
            d["Ward"] = []
            districts[dc] = d
            provinces[pc]["District"].append(d)
        key = "%s_%s_%s" % (r["provinceKey"], r["districtKey"], r["wardKey"] or "")
        if r["wardCode"]:
            districts[dc]["Ward"].append(unit(r["wardCode"], r["wardType"], r["wardShort"], r["wardLat"], r["wardLon"],
                                              aliases(r["wardAlias"])))
            old_keys[key] = ("commune", r["wardCode"])
        else:
            old_keys[key] = ("district", dc)

    # From July 2025: province > commune.
    new_provinces = {}
    new_keys = {}  # (provinceKey, wardKey) > code
    new_province_keys = {}
    for r in current:
        pc = r["provinceCode"]
        if pc not in new_provinces:
            full = nfc(r["province"])
            new_provinces[pc] = unit(pc, kind_of_province(full), r["provinceShort"], r["provinceLat"], r["provinceLon"],
                                     aliases(r["provinceAlias"]))
            new_provinces[pc]["Wards"] = []
            new_province_keys[r["provinceKey"]] = pc
        new_provinces[pc]["Wards"].append(unit(r["wardCode"], r["wardType"], r["wardShort"], r["wardLat"], r["wardLon"],
                                               aliases(r["wardAlias"]), r["wardAreaKm2"]))
        new_keys[(r["provinceKey"], r["wardKey"])] = r["wardCode"]

    # The mapping, by code.
    def new_code(pk, wk):
        if (pk, wk) not in new_keys:
            sys.exit("convert.py: converter_2025.json names new unit %s/%s, not in admin_units" % (pk, wk))
        return new_keys[(pk, wk)]

    def old_unit(k):
        if k not in old_keys:
            sys.exit("convert.py: converter_2025.json names old unit %s, not in admin_units_legacy" % k)
        return old_keys[k]

    edges = []
    for pk, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wk, olds in wards.items():
            new = new_code(pk, wk)
            for o in olds:
                level, code = old_unit(o)
                edges.append({"Old": code, "OldLevel": level, "New": new, "Whole": True, "Default": True})
    for pk, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for o, news in olds.items():
            level, code = old_unit(o)
            defaults = [n for n in news if n["isDefaultNewWard"]]
            if len(defaults) != 1:
                sys.exit("convert.py: old unit %s has %d default successors, want 1" % (o, len(defaults)))
            for n in news:
                edges.append({"Old": code, "OldLevel": level, "New": new_code(pk, n["newWardKey"]),
                              "Whole": False, "Default": bool(n["isDefaultNewWard"])})
    mapped = {(e["OldLevel"], e["Old"]) for e in edges}
    missing = [k for k in old_keys.values() if k not in mapped]
    if missing:
        sys.exit("convert.py: %d old units have no successor, e.g. %s" % (len(missing), missing[:3]))
    prov_edges = []
    for npk, opks in converter["DICT_PROVINCE"].items():
        if npk not in new_province_keys:
            sys.exit("convert.py: DICT_PROVINCE names new province %s, not in admin_units" % npk)
        for opk in opks:
            if opk not in old_province_keys:
                sys.exit("convert.py: DICT_PROVINCE names old province %s, not in admin_units_legacy" % opk)
            prov_edges.append({"Old": old_province_keys[opk], "OldLevel": "province",
                               "New": new_province_keys[npk], "Whole": True, "Default": True})
    edges.sort(key=lambda e: (e["Old"], e["New"]))
    prov_edges.sort(key=lambda e: (e["Old"], e["New"]))

    def write(name, data):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")

    write("units-before-2025-07.json", [provinces[k] for k in sorted(provinces)])
    write("units-from-2025-07.json", [new_provinces[k] for k in sorted(new_provinces)])
    write("mapping-2025-07.json", {"Provinces": prov_edges, "Units": edges})
    n_old = sum(len(d["Ward"]) for p in provinces.values() for d in p["District"])
    n_new = sum(len(p["Wards"]) for p in new_provinces.values())
    print("convert.py: %d provinces, %d districts, %d communes before July 2025; %d provinces, %d communes from it; "
          "%d unit and %d province mapping edges" % (len(provinces), len(districts), n_old, len(new_provinces), n_new,
                                                    len(edges), len(prov_edges)), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py WHEEL OUTDIR")
    main(sys.argv[1], sys.argv[2])
