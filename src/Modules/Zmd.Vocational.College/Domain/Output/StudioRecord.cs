using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.College.Domain;

/// <summary>A master's studio (技能大师工作室) the college runs in one school year: every year's file lists all of them, so
/// the count of a year's rows is the number of studios then. Written in bulk by the dataset handler.</summary>
internal sealed class StudioRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    public string Name { get; set; } = "";

    /// <summary>领衔大师: the master craftsman who leads the studio.</summary>
    public string Master { get; set; } = "";

    /// <summary>领域/专业, free text (数控加工, 中式烹调, …).</summary>
    public string Field { get; set; } = "";

    public StudioLevel Level { get; set; }

    /// <summary>设立年份: not after the school year filed.</summary>
    public int Established { get; set; }
}

/// <summary>The level of the body that designated the studio. Stored as int; the member names are the stored codes.</summary>
internal enum StudioLevel
{
    National = 1,
    Provincial = 2,
    City = 3,
}
