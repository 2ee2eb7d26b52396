package org.xiaoneng.bench.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Applicants as a county sees them: common surnames far more often than rare ones (the most frequent ten carry
 * about half of the population), two- and three-character names, valid resident ID numbers (GB 11643-1999 with its
 * check character) of Guizhou prefectures, mainland mobile numbers.
 */
public final class People {

	/** By frequency, the most common first; picked with a skew towards the front. */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力永宁志国春梅海燕云飞鹏俊凤琴浩宇晨欣怡子涵佳琪雨婷思远博文德华新民光荣晓东丹阳";

	/** Prefecture-level codes of Guizhou (贵州), where the demo county's region code 520999 lies. */
	private static final String[] REGIONS = { "520102", "520103", "520111", "520112", "520113", "520201", "520203",
			"520302", "520303", "520402", "520502", "520602", "522301", "522601", "522701", "520999" };

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private People() {
	}

	public static String name(Random random) {
		// the square skews towards the common surnames at the front
		double u = random.nextDouble();
		String surname = String.valueOf(SURNAMES.charAt((int) (u * u * SURNAMES.length())));
		int given = random.nextInt(10) < 3 ? 1 : 2;
		StringBuilder name = new StringBuilder(surname);
		for (int i = 0; i < given; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	public static String residentId(Random random) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(55 * 365));
		String first17 = REGIONS[random.nextInt(REGIONS.length)]
				+ String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
				+ String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK.charAt(sum % 11);
	}

	public static String mobile(Random random) {
		return "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
	}

	/**
	 * A person's application at the window ({@code POST /api/v1/cases}) for an item, with every material it lists.
	 *
	 * @param materials the item's materials as a submission names them
	 */
	public static Map<String, Object> windowSubmission(Random random, long itemId, List<?> materials, String phone) {
		Map<String, Object> applicant = new LinkedHashMap<>();
		applicant.put("kind", "PERSON");
		applicant.put("name", name(random));
		applicant.put("idType", "RESIDENT_ID");
		applicant.put("idNumber", residentId(random));
		applicant.put("phone", phone);
		applicant.put("address", "示范县城关镇人民路" + (1 + random.nextInt(300)) + "号");
		Map<String, Object> submission = new LinkedHashMap<>();
		submission.put("itemId", itemId);
		submission.put("channel", "WINDOW");
		submission.put("applicant", applicant);
		submission.put("materials", materials);
		submission.put("pickup", "PICKUP");
		return submission;
	}

	/** As casework masks ID numbers for lists: the first four and last four characters. */
	static String maskId(String number) {
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

	/** As casework masks phones: the first three and the last four digits. */
	static String maskPhone(String phone) {
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}
}
