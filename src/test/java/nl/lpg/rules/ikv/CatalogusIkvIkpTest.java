package nl.lpg.rules.ikv;

import nl.lpg.rules.AeRegel;
import nl.lpg.rules.IkvRegel;
import nl.lpg.rules.Regel;
import nl.lpg.rules.RegelCatalogus;
import nl.lpg.rules.RegelsSeed;
import nl.lpg.rules.ikp.*;
import nl.lpg.rules.ikpi.*;
import nl.lpg.rules.wn.Br317EenmaalWerknemergegevensPerLoontijdvak;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of sections 5-8 against the index, the seed rows and the status file. */
class CatalogusIkvIkpTest {

    static final List<Regel> REGELS = List.of(
            new Br7AanvangIkvVoorEindeIkv(), new Br45IndiensttredingTijdig(), new Br34AanvangIkvVoorAowLeeftijd(), new Br35AanvangIkvOpOfVoorOverlijden(),
            new Br37AanvangIkvOpOfVoorEinde(), new Br41EindeIkvOpOfVoorEindeTijdvak(), new Br44PersoneelsnummerGevuld(),
            new Br55AanvangIkvNaMinimumLeeftijdArbeid(), new Br101PeriodiciteitConformAfspraak(),
            new Br178AanvangIkvOpOfVoorEindeTijdvak(),
            new Br185InkomstenverhoudingUniekBinnenAe(), new Br204AanvangIkvNaIngangAansluiting(),
            new Br233RedenEindeGeldig(), new Br260NummerIkvGevuld(), new Br269EindeIkvOpOfVoorOverlijden(),
            new Br313OverlijdenVraagtEindeIkv(), new Br365PersoneelsnummerUniekPerWerknemer(),
            new Br420TwkBeleidBijMutaties(),
            new Br70AanvangIkpOpOfNaAanvangIkv(), new Br72DeeltijdfactorNulBijMeetellingNee(),
            new Br73DeeltijdfactorGroterDanNul(), new Br75CodeCaoBekendBijAansluiting(),
            new Br76DeeltijdfactorNietNulBijMeetellingJa(), new Br77DeeltijdfactorNulBijAanvangDienstverband(),
            new Br78SoortInkomstenverhoudingGeldig(), new Br80GeldigheidAardInkomstenverhouding(),
            new Br82GeldigheidVerbijzonderingWwu(), new Br83GeldigheidVerbijzonderingSup(),
            new Br84GeldigheidVerbijzonderingFpu(), new Br87VerbijzonderingWouWwu(), new Br88VerbijzonderingSup(),
            new Br89VerbijzonderingVutFpuFlo(), new Br102MinimumUurloon(), new Br103MaximumUurloon(),
            new Br108MaximumDuurVerbijzondering(), new Br120PremieOfProductloonBijMeetellingJa(),
            new Br127CodeMeetellingGeldigVoorVerbijzondering(), new Br129CombinatieBeroepVerbijzondering(),
            new Br150CodeMeetellingJaOfNee(), new Br152EindeIkpBinnenCaoAansluiting(),
            new Br153CombinatieCaoVerbijzondering(), new Br158UrenNietNegatief(),
            new Br174BerekendUurloonMinimumSchoonmaak(), new Br193CodeCaoGevuld(), new Br212CodeBeroepGeldig(),
            new Br213CombinatieBeroepCaoStrikt(), new Br215CombinatieBeroepCao(),
            new Br268AanvangIkpOpOfVoorEindeIkv(), new Br270InkomstenperiodeUniekBinnenIkv(),
            new Br271AanvangIkpOpOfNaConversiedatum(), new Br273AanvangIkpOpOfVoorEindeIkp(),
            new Br274EindeIkpOpOfVoorEindeTijdvak(), new Br276IkpsZelfdeVerbijzonderingOverlappenNiet(),
            new Br279DeeltijdfactorMaximum(), new Br289LoontijdvakBevatAlleIkps(),
            new Br315GeenPvvOfWnBijMeetellingNee(), new Br327EindeIkpOpOfVoorEindeIkv(),
            new Br334VerbijzonderingGeldigBijAard(), new Br339DatumAanvangIkpUniekBinnenIkv(),
            new Br340UurloonAangeleverd(), new Br364IkpBinnenLoontijdvak(), new Br400PeriodegegevensBinnenEenJaar(),
            new Br95IntrekkingNaConversiedatum(), new Br285IntrekkingUniekBinnenAe(),
            new Br287IntrekkingEnIkpTegelijkNietToegestaan(), new Br288IntrekkingNietBinnenIkv(),
            new Br324IntrekkingOpAanvangLoontijdvak(), new Br356BsnIntrekkingGelijkAanIkv(),
            new Br317EenmaalWerknemergegevensPerLoontijdvak(),
            // the history rules (issue 9), which compare with the stand
            new Br46UitdiensttredingTijdig(), new Br47AardInkomstenverhoudingNietGewijzigd(), new
            Br94TeGrootAantalIntrekkingen(), new Br96TeGrootPercentageIntrekkingen(), new
            Br183TeveelAaneensluitendeNihilOpgaven(), new Br202ParalleleInkomstenverhouding(), new
            Br290IkvAlleenAlsGeheelIntrekken(), new Br322EinddatumVervroegenAlleenMetIntrekkingen(), new
            Br323IngangsdatumVerlatenAlleenMetIntrekkingen(), new Br328AanvangNietVoorbijEindeBestaandeIkv(), new
            Br333IkpsBeslaanVolledigeIkv(), new Br357IngangsdatumVerlatenBinnenLoontijdvak(), new
            Br404AanvangVervroegdOverJaargrens(), new Br405AanvangVerlaatOverJaargrens(), new
            Br406EinddatumVerlaatOverJaargrens(), new Br407EinddatumVervroegdOverJaargrens(), new
            Br409NieuweIkvOverJaargrens(), new Br410JaargrensDoorIntrekkingen(), new Br415IkpOntbreektVoorbijJaargrens(),
            new Br418VerlaatMetIntrekkingNaJaargrens(), new Br419VerlaatZonderIntrekkingVoorJaargrens(), new
            Br424IntrekkenPeriodesNaEinddatumIkv(), new Br515OntbrekendeIkpBijGerelateerdDienstverband(), new
            Br517OntbrekendeIkpBijUitzendkracht(),
            // the pension administration (issue 15)
            new Br203MeetellingNeeAlleenZonderVerplichteProducten(), new Br226DgaVraagtVrijwilligeDeelname(),
            new Br421TwkIkpBijIngegaanPensioen(), new Br426TwkIntrekkingBijIngegaanPensioen());

    /** Section 2 structure checks of this area; 179 (NP entity) lives in nl.lpg.rules.np. */
    static final Set<String> STRUCTUUR = Set.of("7", "70", "268", "273", "276", "287", "315", "317", "324",
            "327", "364");

    @Test
    @DisplayName("Every rule is in the index, seeded, and flagged as structure check exactly when section 2 lists it")
    void regelsGeseedEnGevlagd() {
        Set<String> geseed = RegelsSeed.load().stream().map(RegelsSeed.Row::regel).collect(Collectors.toSet());
        for (Regel r : REGELS) {
            assertThat(RegelCatalogus.isBekend(r.regel())).as(r.regel()).isTrue();
            assertThat(geseed).as("seed for " + r.regel()).contains(r.regel());
            assertThat(r.isStructuurcontrole()).as("structuur " + r.regel()).isEqualTo(STRUCTUUR.contains(r.regel()));
            assertThat(r instanceof IkvRegel || r instanceof AeRegel).isTrue();
        }
        assertThat(REGELS.stream().map(Regel::regel).collect(Collectors.toSet())).hasSize(REGELS.size())
                .containsAll(STRUCTUUR);
    }

    @Test
    @DisplayName("Every index entry of IKV, IKP, IKPI and WN is implemented or has a status line with a known status")
    void indexGedekt() throws Exception {
        Set<String> status = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/regels-status/ikv-ikp.tsv"), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            assertThat(line).isEqualTo("regel\tstatus\ttoelichting");
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                assertThat(f).hasSize(3);
                if (Set.of("28", "30").contains(f[0])) {
                    // a person's decision, taken in review (nl.lpg.review), not a check on the delivery
                    assertThat(f[1]).isEqualTo("implemented");
                } else {
                    assertThat(f[1]).isIn("needs stand", "needs external source", "derivation");
                }
                status.add(f[0]);
            }
        }
        Set<String> gedaan = REGELS.stream().map(Regel::regel).collect(Collectors.toSet());
        assertThat(gedaan).doesNotContainAnyElementsOf(status);
        List<String> open = RegelCatalogus.entries().stream()
                .filter(e -> Set.of("IKV", "IKP", "IKPI", "WN").contains(e.entity()))
                .map(RegelCatalogus.Entry::nr).filter(nr -> !gedaan.contains(nr) && !status.contains(nr)).toList();
        assertThat(open).isEmpty();
    }
}
