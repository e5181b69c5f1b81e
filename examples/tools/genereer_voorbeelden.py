"""Writes the two example deliveries in examples/. Usage: python3 examples/tools/genereer_voorbeelden.py examples/tools/bedragen.json
bedragen.json holds the delivered premiegrondslag/premie per personeelsnummer|datumAanvangPvp|productkeuze
("-" = not delivered); the February values carry deliberate faults so every aard of signal occurs."""
import sys, json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# calc overrides: {(pnr, ikpdate, pk): (grondslag, premie)}
calc = json.load(open(sys.argv[1])) if len(sys.argv) > 1 else {}
from decimal import Decimal
# Personeelsnummers are numeric, 15 positions (BR299, BR321); the short names are the keys in bedragen.json.
def nr(pnr):
    return "".join(ch for ch in pnr if ch.isdigit()).rjust(15, "0")
# delivered amounts per AE and product, for the collectieve aangiften (BR133-135, BR130-132)
SOM = {}
HUIDIGE_AE = [None]
def pvp(pnr, d, pk, loon, mtw="100.00", extra=""):
    g, p = calc.get(f"{pnr}|{d}|{pk}", ["0.00", "0.00"])
    s = SOM.setdefault(HUIDIGE_AE[0], {}).setdefault(pk, [Decimal(0), Decimal(0), Decimal(0)])
    s[0] += Decimal(loon)
    if g != "-":
        s[1] += Decimal(g)
        s[2] += Decimal(p)
    amounts = "" if g == "-" else f' premiegrondslag="{g}" premie="{p}"'
    return f'<pensioenVerzekeringVerhouding productkeuze="{pk}"><pensioenVerzekeringPeriode datumAanvang="{d}" productloon="{loon}"{amounts} meetellingswaarde="{mtw}"{extra}/></pensioenVerzekeringVerhouding>'
def np(pnr, bsn, naam, gb, g="V", iban=""):
    ib = f' rekeningnummer="{iban}"' if iban else ""
    return f'<natuurlijkPersoon bsn="{bsn}" personeelsnummer="{nr(pnr)}" voorletters="A" achternaam="{naam}" geboortedatum="{gb}" geslacht="{g}"{ib}><adresBinnenland postcode="1234AB" huisnummer="1" straat="Dorpsstraat" woonplaats="Utrecht"/></natuurlijkPersoon>'
def ikv(pnr, bsn, naam, gb, ikps, aanvang="2020-01-01"):
    return f'<inkomstenverhouding personeelsnummer="{nr(pnr)}" nummer="1" aard="11" datumAanvang="{aanvang}">{np(pnr,bsn,naam,gb)}{"".join(ikps)}</inkomstenverhouding>\n'
def ikp(d, pvvs, dtf="1.0000", verb="REG", cao=None, einde=None, beroep=None, uurloon=None, wn=True):
    c = f' codeCao="{cao}"' if cao else ""
    e = f' datumEinde="{einde}"' if einde else ""
    b = f' codeBeroep="{beroep}" brutoUurloon="{uurloon}"' if beroep else ""
    w = '<werknemergegevens svLoon="4000.00" pensioenloon="4000.00"/>' if wn else ""
    # soortInkomstenverhouding 15: an ordinary employment with werkgeversbetaling (BR78)
    return f'<inkomstenperiode datumAanvang="{d}"{e} verbijzondering="{verb}" codeMeetelling="J" deeltijdfactor="{dtf}"{c}{b} soortInkomstenverhouding="15">{w}{"".join(pvvs)}</inkomstenperiode>'
def ca(tag, pk, s):
    return f'<{tag} productkeuze="{pk}" pensioengevendLoon="{s[0]:.2f}" premiegrondslag="{s[1]:.2f}" premie="{s[2]:.2f}"/>\n'
def levering(periode, volg, aanmaak, aes):
    totaal = {}
    for key in sorted(k for k in SOM if k and k.startswith(periode)):
        for pk, s in SOM[key].items():
            t = totaal.setdefault(pk, [Decimal(0), Decimal(0), Decimal(0)])
            for i in range(3):
                t[i] += s[i]
    cal = "".join(ca("collectieveAangifteLevering", pk, totaal[pk]) for pk in sorted(totaal))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<levering xmlns="urn:lpg:levering:1" nummerLeverancier="L001" periodeLevering="{periode}" volgnummer="{volg}" aanmaak="{aanmaak}" soort="R">\n{"".join(aes)}{cal}</levering>\n'
def ae_start(periode, an):
    HUIDIGE_AE[0] = periode + "|" + an
    return ""
def ae(an, og, per, van, tot, lhn, body):
    l = f' loonheffingennummer="{lhn}"' if lhn else ""
    key = HUIDIGE_AE[0]
    cas = "".join(ca("collectieveAangifte", pk, s) for pk, s in sorted(SOM.get(key, {}).items()))
    return f'<administratieveEenheid aansluitnummer="{an}" opdrachtgever="{og}" periodiciteit="{per}" datumAanvangTijdvak="{van}" datumEindeTijdvak="{tot}"{l}>\n{body}{cas}</administratieveEenheid>\n'

# month 1: clean
jan = levering("2026-01", 1, "2026-02-02T09:00:00", [
  ae_start("2026-01","A1000") or ae("A1000","ABP","MAAND","2026-01-01","2026-01-31","123456789L01",
     ikv("P100","111222333","Jansen","1980-05-17",[ikp("2026-01-01",[pvp("P100","2026-01-01","OPNP","52000.00"),pvp("P100","2026-01-01","AAOP","52000.00")],dtf="0.8000")]) +
     ikv("P101","123456782","de Vries","1975-03-02",[ikp("2026-01-01",[pvp("P101","2026-01-01","OPNP","150000.00"),pvp("P101","2026-01-01","AAOP","150000.00")])]) +
     ikv("P102","100000009","Bakker","1990-11-30",[ikp("2026-01-01",[pvp("P102","2026-01-01","OPNP","38000.00","50.00")],einde="2026-01-15"),ikp("2026-01-16",[pvp("P102","2026-01-16","OPNP","38000.00")],wn=False)])),
  ae_start("2026-01","A2000") or ae("A2000","BOUW","VIERWEKEN","2026-01-01","2026-01-28","234567890L01",
     ikv("B200","111222333","Visser","1985-07-07",[ikp("2026-01-01",[pvp("B200","2026-01-01","PP","48000.00")],cao="BOUW-INFRA",beroep="BOUW01",uurloon="25.00")]) +
     ikv("B201","123456782","Smit","1970-01-20",[ikp("2026-01-01",[pvp("B201","2026-01-01","PP","90000.00")],cao="BOUW-INFRA",beroep="BOUW01",uurloon="25.00")])),
  ae_start("2026-01","A3000") or ae("A3000","PFAB","MAAND","2026-01-01","2026-01-31","345678901L01",
     ikv("F300","100000009","Mulder","1988-09-09",[ikp("2026-01-01",[pvp("F300","2026-01-01","PPA","45000.00"),pvp("F300","2026-01-01","SFA","45000.00")],cao="AGF")])),
])
# month 2: faults of every aard
feb = levering("2026-02", 1, "2026-03-02T09:00:00", [
  # ABP: P100 again (correction of January's period too), P102 intrekking of 2026-01-16
  ae_start("2026-02","A1000") or ae("A1000","ABP","MAAND","2026-02-01","2026-02-28","123456789L01",
     ikv("P100","111222333","Jansen","1980-05-17",[ikp("2026-02-01",[pvp("P100","2026-02-01","OPNP","52000.00"),pvp("P100","2026-02-01","AAOP","52000.00")],dtf="0.8000")]) +
     ikv("P101","123456782","de Vries","1975-03-02",[ikp("2026-02-01",[pvp("P101","2026-02-01","OPNP","150000.00"),pvp("P101","2026-02-01","AAOP","150000.00")])]) +
     '<intrekking personeelsnummer="000000000000102" nummerInkomstenverhouding="1" datumAanvangInkomstenperiode="2026-01-01" bsn="100000009"/>\n'),
  # BOUW: loonheffingennummer missing -> BR19 Onwaarschijnlijk (applied with signal)
  ae_start("2026-02","A2000") or ae("A2000","BOUW","VIERWEKEN","2026-01-29","2026-02-25",None,
     ikv("B200","111222333","Visser","1985-07-07",[ikp("2026-01-29",[pvp("B200","2026-01-29","PP","48000.00")],cao="BOUW-INFRA",beroep="BOUW01",uurloon="25.00")])),
  # PFAB: RSIN differs from registration -> BR20 Interne beoordeling (held); PPA premie delivered wrong -> Verwerkbaar
  ae_start("2026-02","A3000") or ae("A3000","PFAB","MAAND","2026-02-01","2026-02-28","999999999L01",
     ikv("F300","100000009","Mulder","1988-09-09",[ikp("2026-02-01",[pvp("F300","2026-02-01","PPA","45000.00"),pvp("F300","2026-02-01","SFA","45000.00")],cao="AGF")])),
  # unknown aansluiting -> BR26 Onverwerkbaar, AE refused, nothing more checked
  ae_start("2026-02","A9999") or ae("A9999","ABP","MAAND","2026-02-01","2026-02-28","123456789L01",
     ikv("X1","111222333","Onbekend","1980-01-01",[ikp("2026-02-01",[pvp("X1","2026-02-01","OPNP","30000.00")])])),
])
open(os.path.join(OUT,"2026-01-levering-L001.xml"),"w").write(jan)
open(os.path.join(OUT,"2026-02-levering-L001.xml"),"w").write(feb)
