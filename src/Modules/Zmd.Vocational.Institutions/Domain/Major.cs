using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Institutions.Contracts;

namespace Zmd.Vocational.Institutions.Domain;

/// <summary>A major of the 2021 vocational catalogue (职业教育专业目录). Reference data from seeds/majors.csv.</summary>
internal sealed class Major : Entity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public MajorLevel Level { get; set; }
    public string Category { get; set; } = "";
}
