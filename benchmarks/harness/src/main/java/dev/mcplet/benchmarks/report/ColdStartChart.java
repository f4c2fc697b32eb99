package dev.mcplet.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The README chart: per JVM configuration, one bar per subject for the median time to the first
 * response, a lighter extension up to the last (fourth) response, and the per-round ratio to the
 * floor under each bar. Drawn with java.awt (headless) so it needs nothing beyond the JDK.
 */
public final class ColdStartChart {

  private static final int WIDTH = 1400;
  private static final int HEIGHT = 760;
  private static final int LEFT = 90;
  private static final int RIGHT = 40;
  private static final int TOP = 110;
  private static final int BOTTOM = 150;
  private static final Color[] PALETTE = {
      new Color(0x8c8c8c), new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd), new Color(0xff7f0e)};

  private ColdStartChart() {}

  public static void write(List<Row> rows, String title, String subtitle, Path file) throws IOException {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    List<String> subjects = new ArrayList<>();
    double max = 0;
    for (Row row : rows) {
      groups.computeIfAbsent(row.jvm().label(), k -> new ArrayList<>()).add(row);
      if (!subjects.contains(row.subject())) {
        subjects.add(row.subject());
      }
      max = Math.max(max, row.lastMs());
    }
    double top = niceCeiling(max * 1.12);

    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image, title, subtitle, LEFT, 24);

    int plotHeight = HEIGHT - TOP - BOTTOM;
    int plotWidth = WIDTH - LEFT - RIGHT;
    int baseline = TOP + plotHeight;
    // Grid and y axis.
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    double step = top / 5;
    for (int i = 0; i <= 5; i++) {
      int y = baseline - (int) Math.round(plotHeight * i / 5.0);
      g.setColor(new Color(0xe6e6e6));
      g.drawLine(LEFT, y, LEFT + plotWidth, y);
      g.setColor(new Color(0x444444));
      String label = String.format(Locale.ROOT, "%.0f ms", step * i);
      g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 5);
    }
    g.setColor(Color.BLACK);
    g.drawLine(LEFT, baseline, LEFT + plotWidth, baseline);

    int groupWidth = plotWidth / Math.max(1, groups.size());
    int barWidth = Math.min(70, (groupWidth - 40) / Math.max(1, subjects.size()));
    int groupIndex = 0;
    for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
      int groupLeft = LEFT + groupIndex * groupWidth;
      int barsWidth = barWidth * subjects.size();
      int x0 = groupLeft + (groupWidth - barsWidth) / 2;
      for (Row row : group.getValue()) {
        int k = subjects.indexOf(row.subject());
        int x = x0 + k * barWidth;
        Color color = PALETTE[k % PALETTE.length];
        int firstHeight = (int) Math.round(plotHeight * row.firstMs() / top);
        int lastHeight = (int) Math.round(plotHeight * row.lastMs() / top);
        g.setColor(lighter(color));
        g.fillRect(x + 4, baseline - lastHeight, barWidth - 8, lastHeight - firstHeight);
        g.setColor(color);
        g.fillRect(x + 4, baseline - firstHeight, barWidth - 8, firstHeight);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        centered(g, String.format(Locale.ROOT, "%.0f", row.firstMs()), x + barWidth / 2, baseline - lastHeight - 6);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (!Double.isNaN(row.firstVsFloor())) {
          centered(g, String.format(Locale.ROOT, "%.2fx", row.firstVsFloor()), x + barWidth / 2, baseline + 18);
        }
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      g.setColor(Color.BLACK);
      centered(g, group.getKey(), groupLeft + groupWidth / 2, baseline + 44);
      groupIndex++;
    }

    // Legend.
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    int lx = LEFT;
    int ly = HEIGHT - 62;
    for (int k = 0; k < subjects.size(); k++) {
      Color color = PALETTE[k % PALETTE.length];
      g.setColor(color);
      g.fillRect(lx, ly - 12, 16, 16);
      g.setColor(Color.BLACK);
      g.drawString(subjects.get(k), lx + 22, ly + 2);
      lx += 40 + g.getFontMetrics().stringWidth(subjects.get(k));
    }
    g.setColor(new Color(0x444444));
    g.drawString("bar: median ms to first response (initialize); light part: to last (4th) response; "
        + "below: median per-round ratio to the floor", LEFT, HEIGHT - 28);
    g.setStroke(new BasicStroke(1));
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  /** A white, antialiased canvas with a title and subtitle at {@code left}: the frame of every chart. */
  public static Graphics2D canvas(BufferedImage image, String title, String subtitle, int left, int titleSize) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, titleSize));
    g.drawString(title, left, titleSize + 16);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, titleSize * 5 / 8));
    g.setColor(new Color(0x444444));
    g.drawString(subtitle, left, titleSize * 2 + 18);
    return g;
  }

  private static void centered(Graphics2D g, String text, int x, int y) {
    FontMetrics metrics = g.getFontMetrics();
    g.drawString(text, x - metrics.stringWidth(text) / 2, y);
  }

  private static Color lighter(Color c) {
    return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
  }

  private static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1))));
    for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
