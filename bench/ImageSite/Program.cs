// Writes a posts folder for bench/lighthouse.sh: a copy of the given one, plus a post whose preview image is a
// 3000x2000 PNG (about as heavy as the 9.8 MB one of issue 15) and whose body shows three more large images.
//
//   dotnet run --project bench/ImageSite -- POSTS_IN POSTS_OUT
using SkiaSharp;
using Site.Tests.Support;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ImageSite POSTS_IN POSTS_OUT");
    return 2;
}
var (from, to) = (args[0], args[1]);
foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
{
    var target = Path.Combine(to, Path.GetRelativePath(from, file));
    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
    File.Copy(file, target, overwrite: true);
}

var images = Path.Combine(to, "assets", "img");
Directory.CreateDirectory(images);
File.WriteAllBytes(Path.Combine(images, "survey-preview.png"), TestImages.Of(3000, 2000, grain: true));
File.WriteAllBytes(Path.Combine(images, "survey-answers.png"), TestImages.Of(2400, 1600, seed: 2));
File.WriteAllBytes(Path.Combine(images, "workshop-room.jpg"), TestImages.Of(4000, 3000, SKEncodedImageFormat.Jpeg, seed: 3));
File.WriteAllBytes(Path.Combine(images, "poster.png"), TestImages.Of(1600, 2400, seed: 4));

var paragraph = string.Concat(Enumerable.Repeat(
    "We asked each group how it keeps its data, who may read it, and what it would take to share it under a licence they choose. ", 4));
File.WriteAllText(Path.Combine(to, "2025-03-01-survey-in-pictures.md"), $"""
    ---
    title: The data stewardship survey, in pictures
    range: 2024 - 2025
    categories: [research, community]
    image: assets/img/survey-preview.png
    ---
    {paragraph}

    ![Answers per group, as a bar chart](assets/img/survey-answers.png)

    {paragraph}

    ![The workshop room, with the groups at their tables](assets/img/workshop-room.jpg)

    {paragraph}

    ![The poster we made of the results](assets/img/poster.png)

    {paragraph}
    """);
Console.WriteLine($"{to}: the posts of {from} and 2025-03-01-survey-in-pictures.md with four large images");
return 0;
