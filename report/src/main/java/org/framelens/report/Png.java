package org.framelens.report;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes images as PNG with fast compression. Why not {@code ImageIO.write}: its default deflate
 * level spends most of a run's chart time compressing flat chart colours for a few per cent of
 * file size, and it caches through a temporary file. Stateless and thread-safe.
 */
final class Png {
    /**
     * The JDK PNG writer's deflate level is {@code (int) (9 * (1 - quality))}: 0.85 gives level 1,
     * the fastest that still compresses the large flat areas of a chart well.
     */
    static final float QUALITY = 0.85f;

    private Png() {
    }

    /**
     * @param image the image
     * @return its PNG bytes
     */
    static byte[] encode(RenderedImage image) {
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
