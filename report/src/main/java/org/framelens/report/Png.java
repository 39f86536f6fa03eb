package org.framelens.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.RenderedImage;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes images as PNG with fast compression. Why not {@code ImageIO.write}: its default deflate
 * level spends most of a run's chart time compressing flat chart colours for a few per cent of
 * file size, it caches through a temporary file, and it reads the pixels through the generic
 * raster path and tries five filters on every row. The charts ({@link BufferedImage#TYPE_INT_RGB})
 * are encoded here directly from their pixel array: 8-bit RGB, every row filtered Up (the
 * difference to the row above: a row equal to the one before it, most rows of a chart, becomes
 * zeros without per-byte work), deflate level 1. Choosing per row among None, Sub and Up by the
 * usual heuristic made files 0.5 % smaller on a run's charts but took a third more of the
 * encoding's time. Images of any other type go through the JDK writer. The pixels are the same
 * either way. Stateless and thread-safe.
 */
final class Png {
    /**
     * The JDK PNG writer's deflate level is {@code (int) (9 * (1 - quality))}: 0.85 gives level 1,
     * the fastest that still compresses the large flat areas of a chart well.
     */
    static final float QUALITY = 0.85f;
    /** PNG filter type 2: each byte minus the byte above it. */
    private static final byte UP = 2;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Png() {
    }

    /**
     * @param image the image
     * @return its PNG bytes
     */
    static byte[] encode(RenderedImage image) {
        if (image instanceof BufferedImage b && packedRgb(b) != null) {
            return encodeRgb(b.getWidth(), b.getHeight(), packedRgb(b));
        }
        return imageIo(image);
    }

    /** @return the pixel array of an RGB image laid out one row after the other, else null */
    private static int[] packedRgb(BufferedImage b) {
        if (b.getType() != BufferedImage.TYPE_INT_RGB) {
            return null;
        }
        WritableRaster r = b.getRaster();
        if (!(r.getDataBuffer() instanceof DataBufferInt data) || data.getNumBanks() != 1 || data.getOffset() != 0
                || !(r.getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || sm.getScanlineStride() != b.getWidth() || r.getSampleModelTranslateX() != 0
                || r.getSampleModelTranslateY() != 0) {
            return null;
        }
        return data.getData();
    }

    private static byte[] encodeRgb(int width, int height, int[] pixels) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            DataOutputStream png = new DataOutputStream(out);
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8); // bits per sample
            h.writeByte(2); // colour type: RGB
            h.writeByte(0); // deflate
            h.writeByte(0); // adaptive filtering
            h.writeByte(0); // not interlaced
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", idat(width, height, pixels));
            chunk(png, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
    }

    private static byte[] idat(int width, int height, int[] pixels) throws IOException {
        // each row: its filter type, then its bytes; the first row's "row above" is zeros
        int n = width * 3 + 1;
        byte[] line = new byte[n];
        byte[] zeros = new byte[n];
        line[0] = UP;
        zeros[0] = UP;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            for (int y = 0; y < height; y++) {
                int row = y * width;
                if (y > 0 && Arrays.equals(pixels, row, row + width, pixels, row - width, row)) {
                    // Most rows of a chart repeat the one above (bar bodies, margins): filter Up
                    // makes them all zeros, without the per-byte work below.
                    z.write(zeros, 0, n);
                    continue;
                }
                int above = row - width;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int p = pixels[row + x];
                    int q = y == 0 ? 0 : pixels[above + x];
                    // byte arithmetic is modulo 256, as the filter's: the bits above each byte drop out
                    line[i] = (byte) ((p >> 16) - (q >> 16));
                    line[i + 1] = (byte) ((p >> 8) - (q >> 8));
                    line[i + 2] = (byte) (p - q);
                }
                z.write(line, 0, n);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt((int) crc.getValue());
    }

    private static byte[] imageIo(RenderedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
