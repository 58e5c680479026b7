namespace Zmd.Vocational.Certificates.Contracts;

/// <summary>The datasets this module owns.</summary>
public static class CertificatesDatasets
{
    /// <summary>1+X证书试点专业: which majors pilot which certificate at which level, per school and school year.</summary>
    public const string Pilots = "certificate-pilots";

    /// <summary>1+X证书学生培训与考核: one row per student and certificate, per school and school year.</summary>
    public const string Results = "certificate-results";
}

/// <summary>The dynamic code list of the catalogue's certificates, named in the datasets' CertificateCode columns
/// (DatasetColumn.OptionsSource). Filing resolves it through <see cref="ICertificateCatalog.CodeListAsync"/>.</summary>
public static class CertificateCodeLists
{
    public const string Certificates = "certificates";
}
