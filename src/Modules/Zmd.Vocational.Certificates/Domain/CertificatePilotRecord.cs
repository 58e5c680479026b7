using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Certificates.Domain;

/// <summary>One certificate pilot (1+X证书试点) of a school for one school year: a major that teaches towards a certificate
/// at a level. Written in bulk by the dataset handler (a whole file replaces the previous one).</summary>
internal sealed class CertificatePilotRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    public string MajorCode { get; set; } = "";

    /// <summary>A code of the catalogue (<see cref="CertificateType.Code"/>).</summary>
    public string CertificateCode { get; set; } = "";

    public CertificateLevel Level { get; set; }

    /// <summary>The year the major began the pilot.</summary>
    public int StartYear { get; set; }
}
