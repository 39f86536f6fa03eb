import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Prints what POI reads back of a workbook, one line per item, so that two workbooks' dumps can
 * be compared with diff: per sheet its merged regions, column widths, frozen pane and print
 * titles; per row its number and height; per cell its address, type, value (numbers as their
 * exact bits) and style (index and the style's format, font, alignment, wrap, quote prefix); and
 * a SHA-256 of every zip entry that is not a sheet's XML or the shared strings (styles, drawings,
 * pictures: there the bytes must be the same).
 *
 * <pre>
 * java -Xmx6g -cp cli/target/framelens.jar bench/WorkbookCells.java A.xlsx &gt; a.txt
 * java -Xmx6g -cp cli/target/framelens.jar bench/WorkbookCells.java B.xlsx &gt; b.txt
 * diff a.txt b.txt        # the Run sheet's start time and output path differ between runs
 * </pre>
 */
public class WorkbookCells {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        File file = new File(args[0]);
        try (ZipFile zip = new ZipFile(file)) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (name.startsWith("xl/worksheets/sheet") || name.equals("xl/sharedStrings.xml")
                        || name.equals("docProps/core.xml")) {
                    continue;
                }
                byte[] data = zip.getInputStream(e).readAllBytes();
                out.println("entry " + name + " " + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(data)));
            }
        }
        org.apache.poi.util.IOUtils.setByteArrayMaxOverride(Integer.MAX_VALUE);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0);
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : wb) {
                out.println("sheet " + sheet.getSheetName() + " merged " + sheet.getMergedRegions()
                        + " pane " + sheet.getPaneInformation() + " repeat " + sheet.getRepeatingRows()
                        + " " + sheet.getRepeatingColumns() + " filter " + ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)
                        .getCTWorksheet().getAutoFilter());
                int columns = 0;
                for (Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                    out.println("row " + row.getRowNum() + " " + row.getHeight() + " "
                            + ((XSSFRow) row).getCTRow().getCustomHeight());
                    for (Cell c : row) {
                        String value = switch (c.getCellType()) {
                            case STRING -> c.getStringCellValue();
                            case NUMERIC -> Long.toHexString(Double.doubleToRawLongBits(c.getNumericCellValue()));
                            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                            case FORMULA -> c.getCellFormula();
                            default -> "";
                        };
                        CellStyle s = c.getCellStyle();
                        out.println(c.getAddress() + " " + c.getCellType() + " s" + s.getIndex() + " "
                                + s.getDataFormatString() + " f" + s.getFontIndex() + " " + s.getAlignment() + " "
                                + s.getWrapText() + " " + s.getQuotePrefixed() + " | " + value);
                    }
                }
                for (int c = 0; c < Math.max(columns, 30); c++) {
                    out.println("width " + c + " " + sheet.getColumnWidth(c));
                }
            }
        }
        out.flush();
    }
}
