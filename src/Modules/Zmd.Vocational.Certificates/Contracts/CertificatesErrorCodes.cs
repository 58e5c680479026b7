namespace Zmd.Vocational.Certificates.Contracts;

/// <summary>Business errors of the catalogue and row checks of the certificate datasets. Each code is also the
/// localization key of its message.</summary>
public static class CertificatesErrorCodes
{
    /// <summary>A certificate code ({code}) with characters other than letters, digits, '-', '.' and '_'.</summary>
    public const string InvalidCode = "Certificates:InvalidCode";

    /// <summary>Levels ({levels}) other than a list of 初级, 中级 and 高级.</summary>
    public const string InvalidLevels = "Certificates:InvalidLevels";

    /// <summary>A row says the student obtained the certificate without taking the examination.</summary>
    public const string PassedWithoutExam = "Certificates:PassedWithoutExam";

    /// <summary>A row says the student obtained the certificate but gives no certificate number.</summary>
    public const string NumberRequired = "Certificates:NumberRequired";
}
