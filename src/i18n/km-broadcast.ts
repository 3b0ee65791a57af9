// The commune loudspeaker scripts in Khmer (src/i18n/vi-broadcast.ts in Khmer): the words of the
// generated script and of its page at /km/…/phat-thanh/. Amounts come in as numbers and are
// written the way the Khmer pages write them (330,000 ដុង, src/lib/format/km-format.ts); the
// hotline is read digit by digit in Khmer words.
// SAMPLE TRANSLATION: written by the development team, not yet reviewed by a native Khmer
// speaker (see src/i18n/km.ts). Have the Khmer-language staff of the provincial or commune radio
// read it aloud and correct it before a campaign broadcasts it; the page says it is a sample.
import { formatAmountKm } from '../lib/format/km-format.ts';
import type { BroadcastStrings } from '../lib/broadcast/script.ts';
import type { BroadcastPageStrings } from './broadcast-strings.ts';

export const kmBroadcastScript: BroadcastStrings = {
  sections: { opening: 'សេចក្តីផ្តើម', message: 'ខ្លឹមសារ', facts: 'ព័ត៌មានដែលត្រូវចងចាំ', closing: 'បញ្ចប់', own: 'ព្រឹត្តិបត្រ' },
  opening: 'សូមគោរពបងប្អូនជាទីរាប់អាន! សូមអញ្ជើញស្តាប់ព្រឹត្តិបត្រអំពីធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត។',
  // The campaign's title is Vietnamese: a Khmer script does not read it (no campaign passed in).
  messageIntro: () => 'សារផ្សព្វផ្សាយ៖',
  policyIntro: 'បងប្អូនជាច្រើនបានសួរថា៖',
  money: (minimum, lowestOwn, poorOwn) =>
    lowestOwn === null
      ? `ប្រាក់បង់ទាបបំផុតបច្ចុប្បន្ន គឺ ${minimum} ក្នុងមួយខែ។`
      : `ប្រាក់បង់ទាបបំផុតបច្ចុប្បន្ន គឺ ${minimum} ក្នុងមួយខែ។ រដ្ឋឧបត្ថម្ភមួយផ្នែក ដូច្នេះអ្នកចូលរួមបង់ខ្លួនឯងត្រឹមតែ ${lowestOwn} ក្នុងមួយខែ${poorOwn ? ` ហើយអ្នកក្នុងគ្រួសារក្រីក្របង់ខ្លួនឯង ${poorOwn}` : ''}។`,
  where: (address) => `សូមបងប្អូនយកអត្តសញ្ញាណប័ណ្ណ ទៅប្រៃសណីយ៍ បុគ្គលិកប្រមូលប្រាក់នៅភូមិ ឬការិយាល័យធានារ៉ាប់រងសង្គម ដើម្បីចុះឈ្មោះ។ បញ្ជីកន្លែងប្រមូលប្រាក់មាននៅលើគេហទំព័រ ${address}។`,
  hotline: (spoken, digits) => `បើមានសំណួរ សូមហៅខ្សែទូរស័ព្ទបន្ទាន់ ${spoken} (${digits})។ សូមរំលឹកម្តងទៀត៖ ${spoken}។`,
  repeatMessage: (text) => `សូមរំលឹកសារម្តងទៀត៖ ${text}`,
  closing: 'ព្រឹត្តិបត្របានបញ្ចប់ត្រឹមនេះ។ សូមអរគុណបងប្អូនដែលបានស្តាប់។',
  digits: ['សូន្យ', 'មួយ', 'ពីរ', 'បី', 'បួន', 'ប្រាំ', 'ប្រាំមួយ', 'ប្រាំពីរ', 'ប្រាំបី', 'ប្រាំបួន'],
  // No acronyms to spell out in the Khmer texts: read as written.
  speakable: (text) => text,
  formatMoney: (value) => formatAmountKm(value, 'money'),
};

export const kmBroadcast: BroadcastPageStrings = {
  link: 'ព្រឹត្តិបត្រផ្សាយ៖ អត្ថបទសម្រាប់អានតាមឧបករណ៍បំពងសំឡេងឃុំ បោះពុម្ពលើក្រដាស A4 មួយសន្លឹក',
  title: (name) => `ព្រឹត្តិបត្រផ្សាយ៖ ${name}`,
  description: (name) => `អត្ថបទរួចរាល់សម្រាប់អានតាមឧបករណ៍បំពងសំឡេងឃុំ អំពី «${name}»៖ សេចក្តីផ្តើម ខ្លឹមសារ ប្រាក់បង់ កន្លែងចុះឈ្មោះ ខ្សែទូរស័ព្ទបន្ទាន់ និងសេចក្តីបញ្ចប់ បោះពុម្ពលើក្រដាស A4 មួយសន្លឹក ឬទាញយកជាអក្សរ។`,
  crumb: 'ព្រឹត្តិបត្រផ្សាយ',
  forStaff: 'សម្រាប់បុគ្គលិកវិទ្យុឃុំ៖ អានយឺតៗ ឲ្យច្បាស់គ្រប់ពាក្យ។ អានលេខទូរស័ព្ទម្តងមួយខ្ទង់ៗ។',
  duration: (seconds) => {
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return [minutes > 0 ? `${minutes} នាទី` : '', rest > 0 ? `${rest} វិនាទី` : ''].filter(Boolean).join(' ');
  },
  readingTime: (duration, pace) => `រយៈពេលអាន៖ ប្រហែល ${duration} (អានយឺតៗ ${pace} ពាក្យក្នុងមួយនាទី)។`,
  figuresOn: (date) => `ចំនួនប្រាក់គណនាតាមបទប្បញ្ញត្តិដែលអនុវត្តនៅថ្ងៃទី ${date}។`,
  own: 'អត្ថបទសរសេរដោយបុគ្គលិក (ជំនួសអត្ថបទដែលបង្កើតដោយស្វ័យប្រវត្តិ)។',
  download: 'ទាញយកជាអក្សរ (.txt)',
  print: 'បោះពុម្ពព្រឹត្តិបត្រ',
  printHint: 'ព្រឹត្តិបត្រនេះបោះពុម្ពលើក្រដាស A4 មួយសន្លឹក៖ ចុចប៊ូតុងបោះពុម្ព ឬជ្រើសរើសបោះពុម្ពក្នុងកម្មវិធីរុករក។',
  back: { message: 'ត្រឡប់ទៅទំព័រសារ', policy: 'ត្រឡប់ទៅទំព័រគោលនយោបាយ' },
  source: (url) => `ទំព័រ៖ ${url}`,
};
