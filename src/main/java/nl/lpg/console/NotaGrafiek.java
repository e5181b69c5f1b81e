package nl.lpg.console;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * A bar chart as SVG, drawn on the server (no script, no chart library): the premie each month's nota charged for one
 * product, a bar per month (below the axis when corrections took more back than the month charged), with the amount
 * above each bar. Every text is escaped.
 */
public final class NotaGrafiek {

    private static final int BREEDTE = 560;
    private static final int HOOGTE = 180;
    private static final int LINKS = 10;
    private static final int BOVEN = 24;
    private static final int ONDER = 28;

    private NotaGrafiek() {
    }

    public static String svg(String titel, Map<String, BigDecimal> perMaand) {
        int n = Math.max(1, perMaand.size());
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal min = BigDecimal.ZERO;
        for (BigDecimal b : perMaand.values()) {
            max = max.max(b);
            min = min.min(b);
        }
        BigDecimal bereik = max.subtract(min);
        if (bereik.signum() == 0) {
            bereik = BigDecimal.ONE;
        }
        int plot = HOOGTE - BOVEN - ONDER;
        double schaal = plot / bereik.doubleValue();
        double nul = BOVEN + max.doubleValue() * schaal;
        int vak = (BREEDTE - 2 * LINKS) / n;
        int balk = Math.max(8, Math.min(60, vak * 3 / 5));
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" width=\"").append(BREEDTE)
                .append("\" height=\"").append(HOOGTE).append("\" viewBox=\"0 0 ").append(BREEDTE).append(' ')
                .append(HOOGTE).append("\" role=\"img\" aria-label=\"").append(e(titel)).append("\">");
        s.append("<title>").append(e(titel)).append("</title>");
        s.append("<text x=\"").append(LINKS).append("\" y=\"14\" font-size=\"13\" font-weight=\"bold\" fill=\"#222\">")
                .append(e(titel)).append("</text>");
        s.append(lijn(LINKS, nul, BREEDTE - LINKS, nul));
        int i = 0;
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(new Locale("nl", "NL")));
        for (Map.Entry<String, BigDecimal> m : perMaand.entrySet()) {
            double x = LINKS + i * vak + (vak - balk) / 2.0;
            double h = Math.abs(m.getValue().doubleValue()) * schaal;
            boolean negatief = m.getValue().signum() < 0;
            double y = negatief ? nul : nul - h;
            s.append("<rect x=\"").append(r(x)).append("\" y=\"").append(r(y)).append("\" width=\"").append(balk)
                    .append("\" height=\"").append(r(Math.max(h, 0.5))).append("\" fill=\"")
                    .append(negatief ? "#c0392b" : "#2e6da4").append("\"><title>").append(e(m.getKey())).append(": ")
                    .append(e(f.format(m.getValue().setScale(2, RoundingMode.HALF_UP)))).append("</title></rect>");
            double tx = x + balk / 2.0;
            double ty = negatief ? Math.min(y + h + 11, HOOGTE - ONDER + 10) : Math.max(y - 3, BOVEN - 2);
            s.append("<text x=\"").append(r(tx)).append("\" y=\"").append(r(ty))
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">")
                    .append(e(f.format(m.getValue().setScale(0, RoundingMode.HALF_UP)))).append("</text>");
            s.append("<text x=\"").append(r(tx)).append("\" y=\"").append(HOOGTE - 8)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">").append(e(m.getKey()))
                    .append("</text>");
            i++;
        }
        return s.append("</svg>").toString();
    }

    private static String lijn(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + r(x1) + "\" y1=\"" + r(y1) + "\" x2=\"" + r(x2) + "\" y2=\"" + r(y2)
                + "\" stroke=\"#888\" stroke-width=\"1\"/>";
    }

    private static String r(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String e(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
