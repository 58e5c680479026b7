using System.Globalization;
using Zmd.Vocational.Apprenticeship.Contracts;
using Zmd.Vocational.Apprenticeship.Domain;
using Zmd.Vocational.Filing.Contracts;
using static Zmd.Vocational.Apprenticeship.Application.SocialTrainingDataset;

namespace Zmd.Vocational.Apprenticeship.Application;

/// <summary>Realistic social-training programmes for the demo city: the kinds of training a Zhumadian vocational school
/// runs for the public (skills certificates, enterprise staff, rural labour, veterans), in a stable per-school order;
/// beyond the list a programme is run again as a further batch (期). Every row passes the real upload checks.</summary>
internal sealed class SocialTrainingDemoRows : IDemoRowGenerator
{
    private sealed record Programme(string Name, TrainingCategory Category);

    private static readonly Programme[] Programmes =
    [
        new("电工职业技能培训", TrainingCategory.SkillTraining),
        new("焊工职业技能培训", TrainingCategory.SkillTraining),
        new("养老护理员职业技能培训", TrainingCategory.SkillTraining),
        new("育婴员职业技能培训", TrainingCategory.SkillTraining),
        new("中式烹调师职业技能培训", TrainingCategory.SkillTraining),
        new("保育员职业技能培训", TrainingCategory.SkillTraining),
        new("互联网营销师（直播销售员）培训", TrainingCategory.SkillTraining),
        new("叉车司机培训", TrainingCategory.SkillTraining),
        new("企业新型学徒制培训", TrainingCategory.EmployeeTraining),
        new("企业职工岗位技能提升培训", TrainingCategory.EmployeeTraining),
        new("企业职工安全生产培训", TrainingCategory.EmployeeTraining),
        new("高素质农民培育", TrainingCategory.RuralTransfer),
        new("农村电商带头人培训", TrainingCategory.RuralTransfer),
        new("食用菌栽培技术培训", TrainingCategory.RuralTransfer),
        new("家政服务员培训", TrainingCategory.RuralTransfer),
        new("农机操作与维修培训", TrainingCategory.RuralTransfer),
        new("退役军人汽车维修技能培训", TrainingCategory.Veterans),
        new("退役军人创业培训", TrainingCategory.Veterans),
        new("社区老年人智能手机应用培训", TrainingCategory.Other),
        new("社区居民急救知识培训", TrainingCategory.Other),
    ];

    public string DatasetCode => ApprenticeshipDatasets.SocialTraining;

    public IEnumerable<string?[]> Rows(DemoScope scope, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var order = Enumerable.Range(0, Programmes.Length).ToArray();
        new DemoRandom(DemoPeople.StableHash(scope.SchoolCode + "/training")).Shuffle(order.AsSpan());
        return Generate(scope, count, order);
    }

    private static IEnumerable<string?[]> Generate(DemoScope scope, int count, int[] order)
    {
        var columns = Definition.Columns.Count;
        for (var k = 0; k < count; k++)
        {
            var programme = Programmes[order[k % order.Length]];
            var batch = k / order.Length;
            var random = new DemoRandom(DemoPeople.StableHash($"{scope.SchoolCode}/training/{scope.Year}/{k}"));
            var (people, hours) = programme.Category switch
            {
                TrainingCategory.EmployeeTraining => (50 + random.Next(751), 8 + random.Next(41)),
                TrainingCategory.RuralTransfer => (60 + random.Next(441), 16 + random.Next(65)),
                TrainingCategory.Veterans => (20 + random.Next(101), 40 + random.Next(81)),
                TrainingCategory.Other => (30 + random.Next(571), 4 + random.Next(21)),
                _ => (40 + random.Next(361), 40 + random.Next(121)),
            };

            var row = new string?[columns];
            row[Program] = batch == 0 ? programme.Name : $"{programme.Name}（第{batch + 1}期）";
            row[Category] = Label(programme.Category);
            row[PersonTimes] = people.ToString(CultureInfo.InvariantCulture);
            row[Hours] = hours.ToString(CultureInfo.InvariantCulture);
            yield return row;
        }
    }

    private static string Label(TrainingCategory category) => Categories.Options.First(o => o.Code == Categories.Code(category)).Label;
}
