package dev.fathom.plot;

import dev.fathom.core.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A white RGB picture of a given size in pixels with a Java2D pen (text anti-aliased, a sans-serif
 * font of a given pixel size), written headless as PNG or JPEG by ImageIO. Pixel coordinates: x to
 * the right, y downwards, (0, 0) the top left corner.
 */
public final class Canvas {
  private final BufferedImage image;
  private final Graphics2D g;
  private final Font font;

  /**
   * @param width, height the picture size in pixels (at least 1)
   * @param fontPixels the height of the normal text font in pixels
   */
  public Canvas(int width, int height, int fontPixels) {
    image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
    g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(6, fontPixels));
    g.setFont(font);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(1f));
  }

  /** The picture (its pixels may be set directly). */
  public BufferedImage image() {
    return image;
  }

  /** The pen; callers restore colour, stroke and font they change. */
  public Graphics2D graphics() {
    return g;
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }

  /** The normal text font. */
  public Font font() {
    return font;
  }

  /** The metrics of the pen's current font. */
  public FontMetrics metrics() {
    return g.getFontMetrics();
  }

  /** Sets one pixel if it lies inside the picture. */
  public void setRgb(int x, int y, int rgb) {
    if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()) image.setRGB(x, y, rgb);
  }

  /** Draws {@code text} with its baseline centred on x at {@code baseline}. */
  public void textCentred(String text, int x, int baseline) {
    g.drawString(text, x - metrics().stringWidth(text) / 2, baseline);
  }

  /**
   * Draws {@code text} turned a quarter counter-clockwise (reading upwards), its middle at
   * {@code centreY}, the top of the letters at {@code left}.
   */
  public void textUpwards(String text, int left, int centreY) {
    FontMetrics fm = metrics();
    AffineTransform saved = g.getTransform();
    g.translate(left + fm.getAscent(), centreY + fm.stringWidth(text) / 2);
    g.rotate(-Math.PI / 2);
    g.drawString(text, 0, 0);
    g.setTransform(saved);
  }

  /** Draws {@code text} turned a quarter clockwise (reading downwards) from (x, top), x = left of the letters. */
  public void textDownwards(String text, int x, int top) {
    FontMetrics fm = metrics();
    AffineTransform saved = g.getTransform();
    g.translate(x + fm.getDescent(), top);
    g.rotate(Math.PI / 2);
    g.drawString(text, 0, 0);
    g.setTransform(saved);
  }

  /** The encoded picture ("png", "jpg"); the pen is released. */
  public byte[] encode(String format) {
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) throw new IllegalArgumentException("no image writer for " + format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the picture as PNG to {@code target} atomically (temporary file + rename). */
  public void writePng(Path target) {
    ByteBuffer bytes = ByteBuffer.wrap(encode("png"));
    AtomicFiles.write(target, ch -> {
      while (bytes.hasRemaining()) ch.write(bytes);
    });
  }

  /** Where {@code v} lies between {@code a} (0) and {@code b} (1); 0.5 when a == b. */
  public static double fraction(double v, double a, double b) {
    return b == a ? 0.5 : (v - a) / (b - a);
  }
}
