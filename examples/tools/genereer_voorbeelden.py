"""Writes the example deliveries in examples/: the two months of L001 (ABP, BOUW, PFAB) and the deliveries of L002
with one aansluiting for every opdrachtgever (2025-12: Schoonmaak per KWARTAAL; 2026-01: ABP, BOUW per VIERWEKEN,
PWRI, SPW, PPFAPG), whose grondslagen are worked out by hand in VoorbeeldLeveringenTest. Usage: python3 examples/tools/genereer_voorbeelden.py examples/tools/bedragen.json
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
def ikv(pnr, bsn, naam, gb, ikps, aanvang="2020-01-01", aard="11"):
    return f'<inkomstenverhouding personeelsnummer="{nr(pnr)}" nummer="1" aard="{aard}" datumAanvang="{aanvang}">{np(pnr,bsn,naam,gb)}{"".join(ikps)}</inkomstenverhouding>\n'
def ikp(d, pvvs, dtf="1.0000", verb="REG", cao=None, einde=None, beroep=None, uurloon=None, wn=True, sv="4000.00", pl="4000.00"):
    c = f' codeCao="{cao}"' if cao else ""
    e = f' datumEinde="{einde}"' if einde else ""
    b = f' codeBeroep="{beroep}" brutoUurloon="{uurloon}"' if beroep else ""
    w = f'<werknemergegevens svLoon="{sv}" pensioenloon="{pl}"/>' if wn else ""
    # soortInkomstenverhouding 15: an ordinary employment with werkgeversbetaling (BR78)
    return f'<inkomstenperiode datumAanvang="{d}"{e} verbijzondering="{verb}" codeMeetelling="J" deeltijdfactor="{dtf}"{c}{b} soortInkomstenverhouding="15">{w}{"".join(pvvs)}</inkomstenperiode>'
def ca(tag, pk, s):
    return f'<{tag} productkeuze="{pk}" pensioengevendLoon="{s[0]:.2f}" premiegrondslag="{s[1]:.2f}" premie="{s[2]:.2f}"/>\n'
def levering(periode, volg, aanmaak, aes, leverancier="L001"):
    totaal = {}
    for key in sorted(k for k in SOM if k and k.startswith(periode)):
        for pk, s in SOM[key].items():
            t = totaal.setdefault(pk, [Decimal(0), Decimal(0), Decimal(0)])
            for i in range(3):
                t[i] += s[i]
    cal = "".join(ca("collectieveAangifteLevering", pk, totaal[pk]) for pk in sorted(totaal))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<levering xmlns="urn:lpg:levering:1" nummerLeverancier="{leverancier}" periodeLevering="{periode}" volgnummer="{volg}" aanmaak="{aanmaak}" soort="R">\n{"".join(aes)}{cal}</levering>\n'
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

# L002: one aansluiting for every opdrachtgever. Each PVP is a case of its own; the comment names what it exercises.
# The delivered premiegrondslag/premie in bedragen.json are the values worked out by hand in VoorbeeldLeveringenTest.
SOM.clear()
# Schoonmaak per KWARTAAL (2025 parameters): productloon is the loon of the quarter, franchise per uur * PVP-uren (F);
# FBORAS over the same productloon (BR172) with G.
schoonmaak = levering("2025-12", 1, "2026-01-06T09:00:00", [
  ae_start("2025-12","A5000") or ae("A5000","SCHOONMAAK","KWARTAAL","2025-10-01","2025-12-31","789012345L01",
     ikv("S500","111222333","Peters","1979-04-04",[ikp("2025-10-01",[pvp("S500","2025-10-01","BPFSGB","7800.00",extra=' uren="520"'),pvp("S500","2025-10-01","FBORAS","7800.00",extra=' uren="520"')],cao="SCHOONMAAK",beroep="SCH01",uurloon="15.00")]) +
     ikv("S501","123456782","Hendriks","1995-08-21",[ikp("2025-10-01",[pvp("S501","2025-10-01","BPFSGB","3120.00",extra=' uren="208"'),pvp("S501","2025-10-01","FBORAS","3120.00",extra=' uren="208"')],dtf="0.4000",cao="SCHOONMAAK",beroep="SCH01",uurloon="15.00")])),
], leverancier="L002")
SOM.clear()
fondsen = levering("2026-01", 1, "2026-02-03T09:00:00", [
  # ABP: above AOW-leeftijd but below AOW + 5 (OPNP and AAOP still compulsory, BR194/BR196); WWU (BR300: AAOP * 75%)
  # with meetellingswaarde 50 %; a part-timer below the franchise (grondslag 0).
  ae_start("2026-01","A1100") or ae("A1100","ABP","MAAND","2026-01-01","2026-01-31","456789012L01",
     ikv("P110","111222333","Dijkstra","1957-06-15",[ikp("2026-01-01",[pvp("P110","2026-01-01","OPNP","60000.00"),pvp("P110","2026-01-01","AAOP","60000.00")])],aanvang="2015-01-01") +
     ikv("P111","123456782","Bos","1972-02-14",[ikp("2026-01-01",[pvp("P111","2026-01-01","OPNP","36000.00","50.00"),pvp("P111","2026-01-01","AAOP","36000.00","50.00")],verb="WWU")],aard="VW") +
     ikv("P112","100000009","Meijer","1999-12-01",[ikp("2026-01-01",[pvp("P112","2026-01-01","OPNP","18000.00"),pvp("P112","2026-01-01","AAOP","18000.00")],dtf="0.5000")])),
  # BOUW per VIERWEKEN: PP (J) and AOP over the SV-loon (H); B211 starts mid-period (periodefactor 17/28) above the
  # maximum productloon.
  ae_start("2026-01","A2100") or ae("A2100","BOUW","VIERWEKEN","2026-01-01","2026-01-28","567890123L01",
     ikv("B210","111222333","Kok","1983-10-10",[ikp("2026-01-01",[pvp("B210","2026-01-01","PP","52000.00"),pvp("B210","2026-01-01","AOP","52000.00")],cao="BOUW-INFRA",beroep="BOUW01",uurloon="25.00")]) +
     ikv("B211","123456782","de Jong","1977-05-05",[ikp("2026-01-12",[pvp("B211","2026-01-12","PP","95000.00"),pvp("B211","2026-01-12","AOP","95000.00")],cao="BOUW-INFRA",beroep="BOUW01",uurloon="45.00",sv="6000.00")],aanvang="2026-01-12")),
  # PWRI: OPNP (M) and AP (S) for a part-timer and for one above the maximum productloon.
  ae_start("2026-01","A4000") or ae("A4000","PWRI","MAAND","2026-01-01","2026-01-31","678901234L01",
     ikv("W400","111222333","Willems","1986-03-03",[ikp("2026-01-01",[pvp("W400","2026-01-01","OPNP","30000.00"),pvp("W400","2026-01-01","AP","30000.00")],dtf="0.6000")]) +
     ikv("W401","123456782","van Dijk","1969-09-19",[ikp("2026-01-01",[pvp("W401","2026-01-01","OPNP","150000.00"),pvp("W401","2026-01-01","AP","150000.00")])])),
  # SPW: OP (N), IP the WIA-excedent (R) and FLOW (O); V601 earns below the WIA-grens (IP grondslag 0).
  ae_start("2026-01","A6000") or ae("A6000","SPW","MAAND","2026-01-01","2026-01-31","890123456L01",
     ikv("V600","111222333","Vos","1974-07-07",[ikp("2026-01-01",[pvp("V600","2026-01-01","OP","90000.00"),pvp("V600","2026-01-01","IP","90000.00"),pvp("V600","2026-01-01","FLOW","90000.00")],dtf="0.8000")]) +
     ikv("V601","123456782","Brouwer","1991-01-31",[ikp("2026-01-01",[pvp("V601","2026-01-01","OP","40000.00"),pvp("V601","2026-01-01","IP","40000.00"),pvp("V601","2026-01-01","FLOW","40000.00")])])),
  # PPFAPG: OP (U), NP over the pensioenloon (K), ANW (E); G701 is past the AOW-leeftijd and still has OP premie
  # withheld: BR316 (intended signal, Onverwerkbaar for that IKV).
  ae_start("2026-01","A7000") or ae("A7000","PPFAPG","MAAND","2026-01-01","2026-01-31","901234567L01",
     ikv("G700","111222333","Smits","1981-11-11",[ikp("2026-01-01",[pvp("G700","2026-01-01","OP","70000.00"),pvp("G700","2026-01-01","NP","70000.00"),pvp("G700","2026-01-01","ANW","70000.00")],dtf="0.9000",pl="5500.00")]) +
     ikv("G701","123456782","Gerritsen","1958-03-10",[ikp("2026-01-01",[pvp("G701","2026-01-01","OP","48000.00")])],aanvang="2020-01-01")),
], leverancier="L002")
open(os.path.join(OUT,"2025-12-levering-L002.xml"),"w").write(schoonmaak)
open(os.path.join(OUT,"2026-01-levering-L002.xml"),"w").write(fondsen)
