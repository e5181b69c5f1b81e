package nl.lpg.parameters;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated workbooks help the analyst: notes, drop-downs, frozen headers, filters, real dates, Toelichting. */
class VoorbeeldWerkboekenTest {

    private static XSSFWorkbook open(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("parameters-xlsx", file))) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    @DisplayName("every schema sheet has its columns in schema order, a note per header, frozen row 1 and a filter")
    void sheetsAsSchemas() throws Exception {
        for (String file : List.of("parameters.xlsx", "organisatie.xlsx")) {
            List<SheetSchema> schemas = file.startsWith("param") ? ParameterSheets.PARAMETERS
                    : ParameterSheets.ORGANISATIE;
            try (XSSFWorkbook wb = open(file)) {
                assertThat(wb.getSheetName(0)).isEqualTo("Toelichting");
                for (SheetSchema s : schemas) {
                    XSSFSheet sh = wb.getSheet(s.name());
                    assertThat(sh).as(s.name()).isNotNull();
                    for (int i = 0; i < s.columns().size(); i++) {
                        Column c = s.columns().get(i);
                        assertThat(sh.getRow(0).getCell(i).getStringCellValue()).isEqualTo(c.name());
                        assertThat(sh.getRow(0).getCell(i).getCellComment().getString().getString())
                                .startsWith(c.toelichting());
                    }
                    assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
                    assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                    assertThat(sh.getCTWorksheet().isSetAutoFilter()).as(s.name()).isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("code and J/N columns have drop-down lists; regel columns point at the rule numbers")
    void dropDowns() throws Exception {
        try (XSSFWorkbook wb = open("parameters.xlsx")) {
            Sheet regels = wb.getSheet("Regels");
            List<? extends DataValidation> dvs = regels.getDataValidations();
            assertThat(dvs).anySatisfy(dv -> assertThat(dv.getValidationConstraint().getExplicitListValues())
                    .containsExactly("J", "N"));
            assertThat(dvs).anySatisfy(dv -> assertThat(dv.getValidationConstraint().getExplicitListValues())
                    .contains("ONVERWERKBAAR", "VERWERKBAAR", "NVT"));
            assertThat(dvs).anySatisfy(dv -> assertThat(dv.getValidationConstraint().getFormula1())
                    .startsWith("Regelnummers!$A$2"));
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Regelnummers"))).isTrue();
            Sheet pv = wb.getSheet("Productvarianten");
            assertThat(pv.getDataValidations()).anySatisfy(dv -> assertThat(
                    dv.getValidationConstraint().getExplicitListValues()).contains("E", "Q", "U"));
        }
        try (XSSFWorkbook wb = open("organisatie.xlsx")) {
            assertThat(wb.getSheet("Aansluitingen").getDataValidations()).anySatisfy(dv -> assertThat(
                    dv.getValidationConstraint().getExplicitListValues()).contains("MAAND", "KWARTAAL"));
        }
    }

    @Test
    @DisplayName("dates are real Excel dates shown as yyyy-mm-dd; the Toelichting says the values are examples")
    void datesAndToelichting() throws Exception {
        try (XSSFWorkbook wb = open("parameters.xlsx")) {
            var cell = wb.getSheet("Opdrachtgevers").getRow(1).getCell(
                    ParameterSheets.OPDRACHTGEVERS.columns().indexOf(ParameterSheets.OPDRACHTGEVERS.column("ingang")
                            .orElseThrow()));
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            Sheet t = wb.getSheet("Toelichting");
            StringBuilder all = new StringBuilder();
            t.forEach(r -> r.forEach(c -> all.append(c.getStringCellValue()).append('\n')));
            assertThat(all).contains("VOORBEELDEN");
            for (SheetSchema s : ParameterSheets.PARAMETERS) {
                assertThat(all).contains(s.name());
            }
        }
    }
}
