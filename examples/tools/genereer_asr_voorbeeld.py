"""Writes the example deliveries of the employer coupled to a.s.r. (issue 12): aansluiting A7100 (PPFAPG), delivered by
L003, three months whose stand changes give every kind of insurer mutation, a BLOCKED one and portal work:

2025-12  the stand before the coupling (it starts 2026-01-01): nothing goes to the insurer.
2026-01  the yearly collective salary adjustment (+3 %) for 710-714: one SALARIS per employee in one batch, 711 also
         changes deeltijd (SALARIS_DEELTIJD in the batch); 713 has no e-mail, no nationaliteit and is samenwonend
         without the relation's start date: BLOCKED with every reason; 714 leaves on 2026-01-31 (UITDIENST).
2026-02  710 promotion (SALARIS) and NP/ANW cover starts (portal); 711 moves to Antwerpen (portal: address); 712
         deeltijd 0.8 -> 0.9 (DEELTIJD) and marries (portal: burgerlijke staat); 713 deeltijd 1.0 -> 0.9 (BLOCKED:
         its reasons and the earlier BLOCKED mutation it waits for); 715 joins (INDIENST, no polisnummer yet);
         volgnummer 2: January of 714 corrected after the uitdienst (RETRO) and of 710 delivered again unchanged
         (nothing).

Usage: python3 examples/tools/genereer_asr_voorbeeld.py   (writes examples/*-levering-L003*.xml; February in two
deliveries, volgnummer 1 and 2, because an aansluiting may appear once per delivery, BR173)
PPFAPG OP is formula U: grondslag = min(productloon, 137800) * deeltijdfactor / 12 for a whole month, premie 22.50 %
(2025) or 23.00 % (2026) of it; NP is K (pensioenloon, 1.60 %), ANW is E (productloon, 0.05 %)."""
import os
from decimal import Decimal, ROUND_HALF_UP

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
C = Decimal("0.01")
MAX = Decimal("137800")
PCT = {"2025": {"OP": Decimal("22.50"), "NP": Decimal("1.60"), "ANW": Decimal("0.05")},
       "2026": {"OP": Decimal("23.00"), "NP": Decimal("1.60"), "ANW": Decimal("0.05")}}

PERSONEN = {  # pnr: (bsn, voorletters, achternaam, geboortedatum, geslacht, in dienst sinds); in examples/brp-extract.csv
    "710": ("200000111", "R", "Smit", "1980-05-17", "M", "2019-03-01"),
    "711": ("200000123", "K", "Mulder", "1975-03-02", "V", "2018-06-01"),
    "712": ("200000135", "J", "Bos", "1990-11-30", "V", "2021-09-01"),
    "713": ("200000147", "A", "de Wit", "1985-07-07", "M", "2017-01-01"),
    "714": ("200000159", "T", "Dekker", "1979-04-04", "M", "2016-02-01"),
    "715": ("200000160", "S", "Peters", "1995-08-21", "V", "2026-02-01"),
}
UTRECHT = '<adresBinnenland postcode="3511AB" huisnummer="12" straat="Oudegracht" woonplaats="Utrecht"/>'
ANTWERPEN = '<adresBuitenland landcode="BE" postcode="D 2000" plaats="Antwerpen" straat="Van Cuyckstraat" huisnummer="2"/>'


def r2(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def nr(pnr):
    return pnr.rjust(15, "0")


def persoon(pnr, adres=UTRECHT, staat=None):
    bsn, vl, naam, gb, g, _ = PERSONEN[pnr]
    bs = ""
    if staat:
        bs = f' burgerlijkeStaat="{staat[0]}"' + (f' datumBurgerlijkeStaat="{staat[1]}"' if staat[1] else "")
    return (f'<natuurlijkPersoon bsn="{bsn}" personeelsnummer="{nr(pnr)}" voorletters="{vl}" achternaam="{naam}"'
            f' geboortedatum="{gb}" geslacht="{g}"{bs}>{adres}</natuurlijkPersoon>')


class Ae:
    def __init__(self, van, tot):
        self.van, self.tot, self.body, self.som = van, tot, [], {}

    def pvp(self, pk, d, loon, grondslag):
        pct = PCT[d[:4]][pk]
        premie = r2(grondslag * pct / 100)
        s = self.som.setdefault(pk, [Decimal(0), Decimal(0), Decimal(0)])
        s[0] += loon
        s[1] += grondslag
        s[2] += premie
        return (f'<pensioenVerzekeringVerhouding productkeuze="{pk}"><pensioenVerzekeringPeriode datumAanvang="{d}"'
                f' productloon="{loon:.2f}" premiegrondslag="{grondslag:.2f}" premie="{premie:.2f}"'
                f' meetellingswaarde="100.00"/></pensioenVerzekeringVerhouding>')

    def ikv(self, pnr, loon, dtf, einde=None, np=False, adres=UTRECHT, staat=None):
        loon, dtf = Decimal(loon), Decimal(dtf)
        pensioenloon = r2(loon / 12)
        pvvs = self.pvp("OP", self.van, loon, r2(min(loon, MAX) * dtf / 12))
        if np:
            pvvs += self.pvp("NP", self.van, loon, pensioenloon)
            pvvs += self.pvp("ANW", self.van, loon, loon)
        e = f' datumEinde="{einde}" redenEinde="01"' if einde else ""
        ikp_einde = f' datumEinde="{einde}"' if einde else ""
        self.body.append(
            f'<inkomstenverhouding personeelsnummer="{nr(pnr)}" nummer="1" aard="11"'
            f' datumAanvang="{PERSONEN[pnr][5]}"{e}>{persoon(pnr, adres, staat)}'
            f'<inkomstenperiode datumAanvang="{self.van}"{ikp_einde} verbijzondering="REG" codeMeetelling="J"'
            f' deeltijdfactor="{dtf:.4f}" soortInkomstenverhouding="15"><werknemergegevens svLoon="{pensioenloon:.2f}"'
            f' pensioenloon="{pensioenloon:.2f}"/>{pvvs}</inkomstenperiode></inkomstenverhouding>\n')

    def xml(self):
        cas = "".join(f'<collectieveAangifte productkeuze="{pk}" pensioengevendLoon="{s[0]:.2f}"'
                      f' premiegrondslag="{s[1]:.2f}" premie="{s[2]:.2f}"/>\n' for pk, s in sorted(self.som.items()))
        return (f'<administratieveEenheid aansluitnummer="A7100" opdrachtgever="PPFAPG" periodiciteit="MAAND"'
                f' datumAanvangTijdvak="{self.van}" datumEindeTijdvak="{self.tot}" loonheffingennummer="912345678L01">\n'
                f'{"".join(self.body)}{cas}</administratieveEenheid>\n')


def levering(periode, aanmaak, aes, naam, volgnummer=1):
    totaal = {}
    for a in aes:
        for pk, s in a.som.items():
            t = totaal.setdefault(pk, [Decimal(0), Decimal(0), Decimal(0)])
            for i in range(3):
                t[i] += s[i]
    cal = "".join(f'<collectieveAangifteLevering productkeuze="{pk}" pensioengevendLoon="{s[0]:.2f}"'
                  f' premiegrondslag="{s[1]:.2f}" premie="{s[2]:.2f}"/>\n' for pk, s in sorted(totaal.items()))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<levering xmlns="urn:lpg:levering:1" nummerLeverancier="L003"'
           f' periodeLevering="{periode}" volgnummer="{volgnummer}" aanmaak="{aanmaak}" soort="R">\n'
           f'{"".join(a.xml() for a in aes)}{cal}</levering>\n')
    with open(os.path.join(OUT, naam), "w", encoding="utf-8") as f:
        f.write(xml)


SAMEN = ("SAMENWONEND", None)

dec = Ae("2025-12-01", "2025-12-31")
dec.ikv("710", "48000", "1.0")
dec.ikv("711", "40000", "0.8")
dec.ikv("712", "36000", "0.8")
dec.ikv("713", "30000", "1.0", staat=SAMEN)
dec.ikv("714", "50000", "1.0")
levering("2025-12", "2026-01-06T09:00:00", [dec], "2025-12-levering-L003.xml")

jan = Ae("2026-01-01", "2026-01-31")
jan.ikv("710", "49440", "1.0")
jan.ikv("711", "41200", "0.9")
jan.ikv("712", "37080", "0.8")
jan.ikv("713", "30900", "1.0", staat=SAMEN)
jan.ikv("714", "51500", "1.0", einde="2026-01-31")
levering("2026-01", "2026-02-03T09:00:00", [jan], "2026-01-levering-L003.xml")

feb = Ae("2026-02-01", "2026-02-28")
feb.ikv("710", "52000", "1.0", np=True)
feb.ikv("711", "41200", "0.9", adres=ANTWERPEN)
feb.ikv("712", "37080", "0.9", staat=("GEHUWD", "2026-02-14"))
feb.ikv("713", "30900", "0.9", staat=SAMEN)
feb.ikv("715", "38000", "0.8")
levering("2026-02", "2026-03-03T09:00:00", [feb], "2026-02-levering-L003-volgnummer-1.xml")

# a second delivery of February: January corrected (one aansluiting appears once per delivery, BR173)
correctie = Ae("2026-01-01", "2026-01-31")
correctie.ikv("710", "49440", "1.0")
correctie.ikv("714", "52000", "1.0", einde="2026-01-31")
levering("2026-02", "2026-03-05T09:00:00", [correctie], "2026-02-levering-L003-volgnummer-2.xml", volgnummer=2)
