using Zmd.Vocational.Core.Domain;
using Zmd.Vocational.Filing.Contracts;

namespace Zmd.Vocational.Targets.Domain;

/// <summary>The bureau's figures of one year (统计局 numbers and the like), filed like a school's dataset.</summary>
internal sealed class CityDataSheet : AuditedEntity, IChangeAudited
{
    public int Year { get; set; }
    public FilingState State { get; set; } = FilingState.Draft;
    public int Version { get; set; }
    public string? ReviewComment { get; set; }

    /// <summary>Applies the filing workflow's rule (<see cref="FilingTransitions"/>) and returns the event to record.</summary>
    public CityDataEvent Apply(FilingAction action, string? userName, DateTime now, string? comment)
    {
        (State, comment) = FilingTransitions.Next(State, action, comment);
        if (action != FilingAction.Submitted)
        {
            ReviewComment = comment;
        }

        return new CityDataEvent { SheetId = Id, At = now, UserName = userName, Action = action, Version = Version, Comment = comment };
    }
}

/// <summary>One figure of a sheet.</summary>
internal sealed class CityMeasureValue : AuditedEntity, IChangeAudited
{
    public Guid SheetId { get; set; }
    public int Year { get; set; }
    public string Code { get; set; } = "";
    public decimal? Value { get; set; }

    /// <summary>Where the number comes from (e.g. 统计公报 page), as the person entering it wrote.</summary>
    public string? Note { get; set; }
}

/// <summary>One transition of a sheet: who, when, why.</summary>
internal sealed class CityDataEvent : Entity
{
    public Guid SheetId { get; set; }
    public DateTime At { get; set; }
    public string? UserName { get; set; }
    public FilingAction Action { get; set; }
    public int Version { get; set; }
    public string? Comment { get; set; }
}
