using Zmd.Vocational.Core.Domain;

namespace Zmd.Vocational.College.Domain;

/// <summary>Internships the college arranged with one enterprise, of one kind, in one major, for one school year (企业实习
/// 安排). The enterprise is one of the college's partner enterprises of that year. Written in bulk by the dataset handler.</summary>
internal sealed class InternshipRecord : Entity, ISchoolYearRecord
{
    public Guid SchoolId { get; set; }

    public int Year { get; set; }

    /// <summary>统一社会信用代码, normalized (18 characters, upper case).</summary>
    public string EnterpriseCreditCode { get; set; } = "";

    public string EnterpriseName { get; set; } = "";

    /// <summary>On the city's list of backbone enterprises (市骨干企业): these count towards Z6.03.07.</summary>
    public bool Backbone { get; set; }

    public InternshipKind Kind { get; set; }

    public string MajorCode { get; set; } = "";

    /// <summary>实习人次: a student placed twice counts twice.</summary>
    public int PersonTimes { get; set; }
}

/// <summary>实习类型. Stored as int; the member names are the stored codes.</summary>
internal enum InternshipKind
{
    /// <summary>专业实习: practice in the major's trade during the programme.</summary>
    Professional = 1,

    /// <summary>顶岗实习: a placement in a real post, usually the final half year.</summary>
    Placement = 2,
}
