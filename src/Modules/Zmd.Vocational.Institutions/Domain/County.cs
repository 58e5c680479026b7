using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Domain;

/// <summary>A county-level unit of Zhumadian (GB/T 2260 code where it has one). Reference data from seeds/counties.csv.</summary>
internal sealed class County : Entity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public CountyKind Kind { get; set; }
    public int Sort { get; set; }
}
