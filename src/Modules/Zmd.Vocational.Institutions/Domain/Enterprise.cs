using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Domain;

/// <summary>A partner enterprise, identified by its unified social credit code (GB 32100-2015).</summary>
internal sealed class Enterprise : AuditedEntity, IChangeAudited, ISoftDelete
{
    public string Name { get; set; } = "";
    public string CreditCode { get; set; } = "";
    public EnterpriseSize Size { get; set; }
    public string? Industry { get; set; }
    public bool IsDeleted { get; set; }
    public DateTime? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }
}
