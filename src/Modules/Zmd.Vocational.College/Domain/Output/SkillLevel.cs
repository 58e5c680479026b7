namespace Zmd.Vocational.College.Domain;

/// <summary>技能等级 the college trains and certifies, all 中级工 or above. Stored as int; the member names are the stored
/// codes (Contracts' SkillLevelCodes).</summary>
internal enum SkillLevel
{
    Intermediate = 1,
    Advanced = 2,
    PreTechnician = 3,
    Technician = 4,
}
