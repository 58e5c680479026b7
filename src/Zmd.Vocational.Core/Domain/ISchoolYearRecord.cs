namespace Zmd.Vocational.Core.Domain;

/// <summary>A row of a dataset a school files once per school year: owned by the school, keyed by the school year.</summary>
public interface ISchoolYearRecord : ISchoolOwned
{
    /// <summary>The school year (the year it starts).</summary>
    int Year { get; }
}
