package cn.pingxuan.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/** The QR code of a verification link, as a module matrix the PDF draws as vector squares. */
final class QrCodes {

    private QrCodes() {
    }

    static BitMatrix of(String url) {
        try {
            // no margin: the page draws its own quiet zone; level M survives a crease or a smudge on paper
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("verification URL too long for a QR code: " + url, e);
        }
    }
}
