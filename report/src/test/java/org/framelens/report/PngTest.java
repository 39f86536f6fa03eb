package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A PNG written by the fast path decodes to the very pixels drawn, as the JDK writer's does. */
class PngTest {
    @Test
    void rgbImageDecodesToTheSamePixels() throws IOException {
        BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 97);
        g.setColor(new Color(0x0072B2));
        g.fillRect(10, 20, 120, 60);
        g.setColor(new Color(0xD55E00));
        g.drawString("Skepticism 42%", 140, 50);
        g.drawOval(200, 10, 80, 70);
        g.dispose();
        // noise too: bytes above and below their neighbours, so the filter wraps around modulo 256
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            image.setRGB(random.nextInt(301), random.nextInt(97), random.nextInt(1 << 24));
        }
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(Png.encode(image))));
    }

    @Test
    void repeatedRowsDecodeToTheSamePixels() throws IOException {
        // bands of identical rows (the fast path), black ones too, between rows that differ
        BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 40);
        g.setColor(new Color(0x0072B2));
        g.fillRect(5, 3, 30, 12);
        g.setColor(Color.BLACK);
        g.fillRect(0, 20, 64, 6);
        g.dispose();
        image.setRGB(7, 17, 0x123456);
        image.setRGB(63, 30, 0xABCDEF);
        image.setRGB(0, 39, 0x00FF00);
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(Png.encode(image))));
    }

    @Test
    void bitsAboveTheColourBytesDoNotLeakIntoThePixels() throws IOException {
        // an RGB image's ints may carry bits above the 24 colour bits (writes straight into its
        // data buffer); they are no part of the pixel and must not change the differences
        BufferedImage image = new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB);
        int[] data = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(11);
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextInt();
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
        for (int i = 0; i < data.length; i++) {
            assertEquals(data[i] & 0xFFFFFF, back.getRGB(i % 5, i / 5) & 0xFFFFFF, "pixel " + i);
        }
    }

    @Test
    void otherImageTypesGoThroughTheJdkWriter() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(5, 5, 0x80FF0000);
        image.setRGB(6, 7, 0xFF00FF00);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
        assertEquals(0x80FF0000, back.getRGB(5, 5));
        assertEquals(0xFF00FF00, back.getRGB(6, 7));
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }
}
