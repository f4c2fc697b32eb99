package dev.mcplet.benchmarks.curves;

import dev.mcplet.benchmarks.report.ColdStartChart;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * One cost curve as a PNG: evenly spaced categories on x (1, 10, 100, 1,000 tools, or payload
 * sizes), a logarithmic y axis (the peers differ by orders of magnitude), one line per subject
 * with each point labelled.
 */
final class LineChart {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 600;
  private static final int LEFT = 100;
  private static final int RIGHT = 40;
  private static final int TOP = 90;
  private static final int BOTTOM = 90;
  private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
      new Color(0x9467bd)};

  private final String title;
  private final String subtitle;
  private final String unit;
  private final List<String> categories;
  private final Map<String, double[]> series = new LinkedHashMap<>();

  LineChart(String title, String subtitle, String unit, List<String> categories) {
    this.title = title;
    this.subtitle = subtitle;
    this.unit = unit;
    this.categories = categories;
  }

  LineChart series(String name, double[] values) {
    series.put(name, values);
    return this;
  }

  void write(Path file) throws IOException {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (double[] values : series.values()) {
      for (double v : values) {
        if (v > 0 && !Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    double low = Math.pow(10, Math.floor(Math.log10(min)));
    double high = Math.pow(10, Math.ceil(Math.log10(max * 1.01)));
    if (high <= low) {
      high = low * 10;
    }
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = ColdStartChart.canvas(image, title, subtitle, LEFT, 20);

    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int baseline = TOP + plotHeight;
    double decades = Math.log10(high / low);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double tick = low; tick <= high * 1.0001; tick *= 10) {
      int y = y(tick, low, decades, baseline, plotHeight);
      g.setColor(new Color(0xe0e0e0));
      g.drawLine(LEFT, y, LEFT + plotWidth, y);
      g.setColor(new Color(0x444444));
      String label = format(tick) + " " + unit;
      g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
    }
    int step = plotWidth / categories.size();
    for (int i = 0; i < categories.size(); i++) {
      int x = LEFT + step / 2 + i * step;
      g.setColor(Color.BLACK);
      String label = categories.get(i);
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, baseline + 22);
    }
    g.drawLine(LEFT, baseline, LEFT + plotWidth, baseline);
    int k = 0;
    for (Map.Entry<String, double[]> line : series.entrySet()) {
      Color color = PALETTE[k % PALETTE.length];
      g.setColor(color);
      g.setStroke(new BasicStroke(2.5f));
      double[] values = line.getValue();
      int px = -1;
      int py = -1;
      for (int i = 0; i < values.length; i++) {
        if (Double.isNaN(values[i]) || values[i] <= 0) {
          continue;
        }
        int x = LEFT + step / 2 + i * step;
        int y = y(values[i], low, decades, baseline, plotHeight);
        if (px >= 0) {
          g.drawLine(px, py, x, y);
        }
        g.fillOval(x - 4, y - 4, 8, 8);
        g.drawString(format(values[i]), x + 7, y + (k == 0 ? -6 : 16));
        px = x;
        py = y;
      }
      g.fillRect(LEFT + k * 220, HEIGHT - 40, 16, 16);
      g.setColor(Color.BLACK);
      g.drawString(line.getKey(), LEFT + k * 220 + 22, HEIGHT - 27);
      k++;
    }
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }

  private static int y(double value, double low, double decades, int baseline, int plotHeight) {
    return baseline - (int) Math.round(plotHeight * Math.log10(value / low) / decades);
  }

  static String format(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (value >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
