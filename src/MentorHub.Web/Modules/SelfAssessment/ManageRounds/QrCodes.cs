using QRCoder;

namespace MentorHub.Web.Modules.SelfAssessment.ManageRounds;

internal static class QrCodes
{
    /// <summary>A PNG data URI, so the code prints and can be saved like any image; no JavaScript needed.</summary>
    public static string PngDataUri(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
