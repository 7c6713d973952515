package ai.talkturo.numbers.web.console;

import ai.talkturo.numbers.domain.campaign.Campaign;
import ai.talkturo.numbers.domain.number.E164Number;
import ai.talkturo.numbers.domain.number.InvalidPhoneNumber;
import ai.talkturo.numbers.routing.NewContact;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A campaign's contacts as a person pastes or uploads them: one per line, the number in international form and, if
 * wanted, a name, separated by a comma, a semicolon or a tab, in either order (a CSV file as spreadsheets save it).
 * A line without a number that names a column of phone numbers (a CSV header: {@code phoneNumber,name}, {@code Phone;Name})
 * is passed over, wherever it stands (a file's lines may follow pasted ones); spaces, dashes, dots and brackets inside a number
 * are dropped, and a leading {@code 00} is read as {@code +}. Every line that cannot be read is named, with its
 * number, so that the person can mend them all at once.
 */
record PastedContacts(List<NewContact> contacts, List<String> problems) {

    private static final Pattern CELLS = Pattern.compile("[,;\\t]");
    private static final Pattern NUMBER_LIKE = Pattern.compile("^[+0(][\\d\\s().\\-/]{2,}$");
    private static final Pattern HEADER = Pattern.compile("(?i)phone|number|telefon|nummer|mobile");
    private static final int MOST_PROBLEMS_SHOWN = 5;

    PastedContacts {
        contacts = List.copyOf(contacts);
        problems = List.copyOf(problems);
    }

    static PastedContacts read(String text) {
        List<NewContact> contacts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        int wrongLines = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = cells(line);
            int numberCell = numberCell(cells);
            if (numberCell < 0) {
                if (HEADER.matcher(line).find()) {
                    continue;
                }
                wrongLines++;
                note(problems, wrongLines, "Line " + (i + 1) + " has no phone number in international form, such as "
                        + "+13125550199.");
                continue;
            }
            String raw = cells.get(numberCell);
            try {
                E164Number number = new E164Number(normalized(raw));
                String name = cells.stream().filter(cell -> !cell.equals(raw) && !cell.isBlank()).findFirst().orElse(null);
                contacts.add(new NewContact(number, name == null ? null : name.substring(0, Math.min(name.length(), 200))));
            } catch (InvalidPhoneNumber wrong) {
                wrongLines++;
                note(problems, wrongLines, "Line " + (i + 1) + ": “" + raw + "” is not a valid phone number in international form, such as "
                        + "+13125550199.");
            }
        }
        if (wrongLines > MOST_PROBLEMS_SHOWN) {
            problems.add("… and " + (wrongLines - MOST_PROBLEMS_SHOWN) + " more lines like these.");
        }
        if (contacts.isEmpty() && problems.isEmpty()) {
            problems.add("Add at least one contact: a phone number per line, such as +13125550199, Ann.");
        }
        if (contacts.size() > Campaign.MAX_CONTACTS) {
            problems.add("A campaign calls at most " + Campaign.MAX_CONTACTS + " contacts; this list has "
                    + contacts.size() + ".");
        }
        return new PastedContacts(contacts, problems);
    }

    boolean readable() {
        return problems.isEmpty();
    }

    private static void note(List<String> problems, int wrongLines, String problem) {
        if (wrongLines <= MOST_PROBLEMS_SHOWN) {
            problems.add(problem);
        }
    }

    private static List<String> cells(String line) {
        return CELLS.splitAsStream(line).map(cell -> cell.strip().replaceAll("^\"|\"$", "").strip()).toList();
    }

    private static int numberCell(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (NUMBER_LIKE.matcher(cells.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static String normalized(String raw) {
        String digits = raw.replaceAll("[\\s().\\-/]", "");
        return digits.startsWith("00") ? "+" + digits.substring(2) : digits;
    }
}
