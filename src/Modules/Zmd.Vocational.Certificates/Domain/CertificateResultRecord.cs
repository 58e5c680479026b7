using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Certificates.Domain;

/// <summary>One student's 1+X training and examination for one certificate and level, in one school year. A student may
/// have several rows. Written in bulk by the dataset handler (a whole file replaces the previous one).</summary>
internal sealed class CertificateResultRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    /// <summary>A student number of the school's student roster of the same year.</summary>
    public string StudentNumber { get; set; } = "";

    /// <summary>Resident ID number, normalized (18 characters, upper-case X). Personal data: masked unless permitted.</summary>
    public string IdNumber { get; set; } = "";

    public string CertificateCode { get; set; } = "";
    public CertificateLevel Level { get; set; }
    public bool Trained { get; set; }
    public bool Examined { get; set; }

    /// <summary>Obtained the certificate.</summary>
    public bool Passed { get; set; }

    /// <summary>The number printed on the certificate; required when passed.</summary>
    public string? CertificateNumber { get; set; }
}
