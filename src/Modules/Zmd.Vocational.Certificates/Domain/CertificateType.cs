using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Certificates.Domain;

/// <summary>A 1+X certificate of the bureau's catalogue. Seeded from seeds/certificates.csv, then kept by the bureau in
/// the app; change-audited, so every edit shows in the audit log with its old value. Never deleted: filings name it.</summary>
internal sealed class CertificateType : AuditedEntity, IChangeAudited
{
    /// <summary>Upper case, e.g. "X-WEB". Unique.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>培训评价组织.</summary>
    public string? Organization { get; set; }

    /// <summary>Of 初级, 中级, 高级, in that order, comma-separated (<see cref="Application.CertificateLevels.Normalize"/>).</summary>
    public string Levels { get; set; } = "";

    public bool IsActive { get; set; } = true;
}

/// <summary>职业技能等级. Stored as int, ascending; the member names are the stored codes.</summary>
internal enum CertificateLevel
{
    Junior = 1,
    Intermediate = 2,
    Senior = 3,
}
