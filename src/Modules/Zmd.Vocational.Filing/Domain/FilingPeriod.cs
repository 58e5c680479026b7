using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.Filing.Domain;

/// <summary>A school year opened for filing by the bureau, with its deadline. Year = the year the school year starts.</summary>
internal sealed class FilingPeriod : AuditedEntity, IChangeAudited
{
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public DateOnly Deadline { get; set; }
    public bool IsOpen { get; set; } = true;
}
